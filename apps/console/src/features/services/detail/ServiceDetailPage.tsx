import { useState } from 'react';
import { Breadcrumb, Card, Result, Tabs } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '@cs/contracts';
import { containerStatusText } from '@cs/domain';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useServiceQuery } from '../../../data/services/service-query.ts';
import { ContainersTable } from '../../containers/ContainersTable.tsx';
import { WorkloadLogs } from '../../logs/WorkloadLogs.tsx';
import { ServiceDialogs } from '../dialogs/ServiceDialogs.tsx';
import { SERVICE_TABS, SERVICE_TAB_LABELS, serviceListPath, serviceTab } from '../service-paths.ts';
import type { ServiceOperation } from '../services.utils.ts';
import { ServiceConfigurations } from './ServiceConfigurations.tsx';
import { ServiceEvents } from './ServiceEvents.tsx';
import { AutoScalingTab } from './auto-scaling/AutoScalingTab.tsx';
import { ServiceHeaderActions } from './ServiceHeaderActions.tsx';

/** A service's details: its containers, logs, configurations and events, the tab in the URL (`?tab=`). */
export function ServiceDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = serviceTab(searchParams.get('tab'));
  const query = useServiceQuery({ id });
  const service = query.data;
  const [operation, setOperation] = useState<ServiceOperation>();

  if (query.isError && query.error instanceof ApiError && query.error.status === 404) {
    return (
      <Result
        status="404"
        title="The service does not exist."
        subTitle="It may have been deleted."
        extra={<Link to="/services">Back to Service List</Link>}
      />
    );
  }

  const listPath = service ? serviceListPath(service.spec.clusterId) : '/services';
  const content = (t: (typeof SERVICE_TABS)[number]) => {
    if (t === 'containers') return <ContainersTable filter={{ serviceId: id }} />;
    if (t === 'logs') return <WorkloadLogs kind="services" id={id} name={service?.metadata.name ?? id} />;
    if (t === 'events') return <ServiceEvents serviceId={id} />;
    if (t === 'auto-scaling') return <AutoScalingTab serviceId={id} />;
    return service && <ServiceConfigurations service={service} />;
  };

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to={listPath}>Service List</Link> }, { title: service?.metadata.name ?? id }]}
      />
      <PageHeading
        title={service ? `Service: ${service.metadata.name}` : 'Service'}
        extra={
          <ServiceHeaderActions
            service={service}
            refreshing={query.isFetching && !query.isPending}
            onRefresh={() => void query.refetch()}
            onOperation={setOperation}
          />
        }
      />
      {service && (
        <p style={{ marginTop: -12, marginBottom: 16, color: 'rgba(0, 0, 0, 0.65)' }}>
          Application: {service.spec.applicationName} · Image: {service.spec.definition.image ?? '-'} · Container
          Status: {containerStatusText(service.status.containerCounts)}
        </p>
      )}
      {query.isError && <LoadFailureAlert what="The service" error={query.error} />}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearchParams(key === 'containers' ? {} : { tab: key })}
          items={SERVICE_TABS.map((t) => ({ key: t, label: SERVICE_TAB_LABELS[t], children: content(t) }))}
          destroyOnHidden
        />
      </Card>
      <ServiceDialogs
        operation={operation}
        service={service}
        onClose={() => setOperation(undefined)}
        onDeleted={() => void navigate(listPath)}
      />
    </>
  );
}
