import { Breadcrumb, Button, Result, Tabs } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '@cs/contracts';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoadBalancerQuery } from '../../data/load-balancers/load-balancer-query.ts';
import { BackendServersTab } from './BackendServersTab.tsx';
import { ListenersTab } from './ListenersTab.tsx';
import { LoadBalancerBasicInformation } from './LoadBalancerBasicInformation.tsx';
import { DEFAULT_REGION, loadBalancerListPath } from './load-balancers.utils.ts';

/** Manage: Basic Information, then the Listening and Backend servers tabs (`?tab=`). */
export function LoadBalancerDetailPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'backend-servers' ? 'backend-servers' : 'listeners';
  const query = useLoadBalancerQuery(id);
  const lb = query.data;
  const listPath = loadBalancerListPath(lb?.spec.region ?? DEFAULT_REGION);

  if (query.isError && query.error instanceof ApiError && query.error.status === 404) {
    return (
      <Result
        status="404"
        title="The Server Load Balancer does not exist."
        subTitle="It may have been deleted or released with its cluster."
        extra={<Link to={listPath}>Return to Load Balancer List</Link>}
      />
    );
  }

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to={listPath}>Return to Load Balancer List</Link> }, { title: lb?.metadata.name ?? id }]}
      />
      <PageHeading
        title={lb ? lb.metadata.name : 'Server Load Balancer'}
        extra={
          <Button
            icon={<ReloadOutlined aria-hidden />}
            loading={query.isFetching && !query.isPending}
            onClick={() => void query.refetch()}
          >
            Refresh
          </Button>
        }
      />
      {query.isError && <LoadFailureAlert what="The Server Load Balancer" error={query.error} />}
      {lb && (
        <>
          <LoadBalancerBasicInformation lb={lb} />
          <Tabs
            activeKey={tab}
            onChange={(key) => setParams(key === 'listeners' ? {} : { tab: key })}
            items={[
              { key: 'listeners', label: 'Listening', children: <ListenersTab lb={lb} /> },
              { key: 'backend-servers', label: 'Backend servers', children: <BackendServersTab loadBalancerId={id} /> },
            ]}
          />
        </>
      )}
    </>
  );
}
