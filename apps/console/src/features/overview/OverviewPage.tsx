import { Alert, Col, Row } from 'antd';
import {
  ApiOutlined,
  AppstoreOutlined,
  CloudServerOutlined,
  ClusterOutlined,
  CodeSandboxOutlined,
} from '@ant-design/icons';
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useOverviewQuery } from '../../data/overview/overview-query.ts';
import { ClusterPhaseTags } from './ClusterPhaseTags.tsx';
import { CountCard } from './CountCard.tsx';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';

/** The Overview: live counts of what the account has, and where to start when it has nothing. */
export function OverviewPage() {
  const overview = useOverviewQuery();
  const data = overview.data;
  const loading = overview.isPending;

  return (
    <>
      <PageHeading title="Overview" />
      {overview.isError && (
        <LoadFailureAlert
          what="The overview"
          error={overview.error}
          onRetry={() => void overview.refetch()}
          retrying={overview.isFetching}
        />
      )}
      {data?.clusters.total === 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 24 }}
          title="No clusters yet"
          description={
            <>
              Everything runs in a cluster: create one first, then deploy applications to it from an image or an
              orchestration template. <Link to="/clusters">Create a cluster</Link>
            </>
          }
        />
      )}
      {(data !== undefined || loading) && (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={12} xl={8}>
            <CountCard
              title="Clusters"
              value={data?.clusters.total}
              icon={<ClusterOutlined aria-hidden />}
              loading={loading}
            >
              {data && <ClusterPhaseTags byPhase={data.clusters.byPhase} />}
            </CountCard>
          </Col>
          <Col xs={24} sm={12} xl={4}>
            <CountCard title="Nodes" value={data?.nodes} icon={<CloudServerOutlined aria-hidden />} loading={loading} />
          </Col>
          <Col xs={24} sm={12} xl={4}>
            <CountCard
              title="Applications"
              value={data?.applications}
              icon={<AppstoreOutlined aria-hidden />}
              loading={loading}
            />
          </Col>
          <Col xs={24} sm={12} xl={4}>
            <CountCard title="Services" value={data?.services} icon={<ApiOutlined aria-hidden />} loading={loading} />
          </Col>
          <Col xs={24} sm={12} xl={4}>
            <CountCard
              title="Containers"
              value={data?.containers}
              icon={<CodeSandboxOutlined aria-hidden />}
              loading={loading}
            />
          </Col>
        </Row>
      )}
    </>
  );
}
