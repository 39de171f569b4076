import { Flex, Timeline } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import type { ClusterDto } from '@cs/contracts';
import { formatDateTime } from '../../../components/date-time.utils.ts';
import { ClusterStatusTag } from '../ClusterStatusTag.tsx';

interface OperationProgressProps {
  cluster: ClusterDto;
  /** The condition types the operation records its steps in. */
  conditionTypes: readonly string[];
  /** Still working: a pending step is shown after the recorded ones. */
  working: boolean;
}

/** Where a long cluster operation has got to: the cluster's status and the steps done so far. */
export function OperationProgress({ cluster, conditionTypes, working }: OperationProgressProps) {
  const steps = cluster.status.conditions
    .filter((c) => conditionTypes.includes(c.type))
    .sort((a, b) => a.lastTransitionTime.localeCompare(b.lastTransitionTime));
  const items = steps.map((c) => ({
    key: c.type,
    color: c.status === 'True' && !c.type.endsWith('Failed') ? 'green' : 'red',
    icon:
      c.status === 'True' && !c.type.endsWith('Failed') ? (
        <CheckCircleOutlined aria-hidden />
      ) : (
        <CloseCircleOutlined aria-hidden />
      ),
    content: (
      <>
        <div>{c.message}</div>
        <div style={{ color: 'rgba(0, 0, 0, 0.45)', fontSize: 12 }}>{formatDateTime(c.lastTransitionTime)}</div>
      </>
    ),
  }));
  if (working) {
    items.push({
      key: 'pending',
      color: 'blue',
      icon: <LoadingOutlined aria-hidden />,
      content: <div>In progress…</div>,
    });
  }
  return (
    <Flex vertical gap={16} role="status" aria-label="Progress">
      <div>
        Cluster Status: <ClusterStatusTag cluster={cluster} />
      </div>
      {items.length > 0 && <Timeline items={items} />}
    </Flex>
  );
}
