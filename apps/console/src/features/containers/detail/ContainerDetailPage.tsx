import { Breadcrumb, Card, Result, Tabs } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '@cs/contracts';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useContainerQuery } from '../../../data/containers/container-query.ts';
import { serviceDetailPath } from '../../services/service-paths.ts';
import { CONTAINER_TABS, CONTAINER_TAB_LABELS, containerTab } from '../container-paths.ts';
import type { ContainerTab } from '../container-paths.ts';
import { ContainerDetailsTab } from './ContainerDetailsTab.tsx';
import { ContainerLogsTab } from './ContainerLogsTab.tsx';
import { ContainerMonitorTab } from './ContainerMonitorTab.tsx';
import { ContainerTerminalTab } from './ContainerTerminalTab.tsx';

/** A container's page: its logs, web terminal, monitor and details, the tab in the URL (`?tab=`). */
export function ContainerDetailPage() {
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = containerTab(searchParams.get('tab'));
  const query = useContainerQuery({ id });
  const container = query.data;

  if (query.isError && query.error instanceof ApiError && query.error.status === 404) {
    return (
      <Result
        status="404"
        title="The container does not exist."
        subTitle="It may have been deleted."
        extra={<Link to="/services">Back to Service List</Link>}
      />
    );
  }

  const content = (t: ContainerTab) => {
    if (!container) return null;
    if (t === 'logs') return <ContainerLogsTab container={container} />;
    if (t === 'terminal') return <ContainerTerminalTab container={container} />;
    if (t === 'monitor') return <ContainerMonitorTab container={container} />;
    return <ContainerDetailsTab container={container} />;
  };

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/services">Service List</Link> },
          container
            ? { title: <Link to={serviceDetailPath(container.spec.serviceId)}>{container.spec.serviceName}</Link> }
            : { title: '…' },
          { title: container?.metadata.name ?? id },
        ]}
      />
      <PageHeading title={container ? `Container:/${container.metadata.name}` : 'Container'} />
      {query.isError && <LoadFailureAlert what="The container" error={query.error} />}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearchParams(key === 'logs' ? {} : { tab: key })}
          items={CONTAINER_TABS.map((t) => ({ key: t, label: CONTAINER_TAB_LABELS[t], children: content(t) }))}
          destroyOnHidden
        />
      </Card>
    </>
  );
}
