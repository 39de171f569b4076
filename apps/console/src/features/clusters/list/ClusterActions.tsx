import { useState } from 'react';
import { Button, Dropdown, Flex, Tooltip } from 'antd';
import type { MenuProps } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { ClusterDto } from '@cs/contracts';
import { useQuotas } from '../../../data/quotas/quotas-query.ts';
import { clusterMonitorPath } from '../../monitoring/monitoring-paths.ts';
import { clusterDetailPath, clusterLogsPath } from '../cluster-paths.ts';
import { MORE_OPERATIONS, OPERATION_LABELS, clusterOperationProblem } from '../clusters.utils.ts';
import { UpdateRamAuthorizationDialog } from '../node-scaling/UpdateRamAuthorizationDialog.tsx';
import type { ClusterOperation } from '../clusters.utils.ts';

const RAM_AUTHORIZATION = 'update-ram-authorization';

interface ClusterActionsProps {
  cluster: ClusterDto;
  onOperation: (operation: ClusterOperation, clusterId: string) => void;
}

/** The Action column: Manage, View Logs, Delete, Monitor and More. */
export function ClusterActions({ cluster, onOperation }: ClusterActionsProps) {
  const { id, name } = cluster.metadata;
  const { nodesPerCluster } = useQuotas();
  const deleteProblem = clusterOperationProblem(cluster, 'delete', nodesPerCluster);
  const [ramDialog, setRamDialog] = useState(false);
  const operationItems: MenuProps['items'] = MORE_OPERATIONS.map((operation) => {
    const problem = clusterOperationProblem(cluster, operation, nodesPerCluster);
    return {
      key: operation,
      disabled: problem !== undefined,
      label: problem ? (
        <Tooltip title={problem} placement="left">
          <span style={{ display: 'block' }}>{OPERATION_LABELS[operation]}</span>
        </Tooltip>
      ) : (
        OPERATION_LABELS[operation]
      ),
    };
  });
  // Not an operation of the simulated cloud: it opens its own dialog (node auto scaling needs it).
  const items = [...operationItems, { key: RAM_AUTHORIZATION, label: 'Update RAM Authorization Information' }];
  const onMenu = ({ key }: { key: string }) =>
    key === RAM_AUTHORIZATION ? setRamDialog(true) : onOperation(key as ClusterOperation, id);

  const separator = (
    <span aria-hidden style={{ color: 'rgba(0, 0, 0, 0.15)' }}>
      |
    </span>
  );
  return (
    <Flex vertical gap={2} role="group" aria-label={`Actions of ${name}`}>
      <Flex gap={6} align="center">
        <Link to={clusterDetailPath(id)}>Manage</Link>
        {separator}
        <Link to={clusterLogsPath(id)} style={{ whiteSpace: 'nowrap' }}>
          View Logs
        </Link>
      </Flex>
      <Flex gap={6} align="center">
        <Tooltip title={deleteProblem}>
          <Button
            type="link"
            size="small"
            danger
            style={{ padding: 0, height: 'auto' }}
            disabled={deleteProblem !== undefined}
            onClick={() => onOperation('delete', id)}
          >
            Delete
          </Button>
        </Tooltip>
        {separator}
        <Link to={clusterMonitorPath(id)}>Monitor</Link>
        {separator}
        <Dropdown trigger={['click']} menu={{ items, onClick: onMenu }}>
          <Button type="link" size="small" style={{ padding: 0, height: 'auto' }}>
            More <DownOutlined aria-hidden />
          </Button>
        </Dropdown>
      </Flex>
      {ramDialog && <UpdateRamAuthorizationDialog cluster={cluster} onClose={() => setRamDialog(false)} />}
    </Flex>
  );
}
