import { useState } from 'react';
import { Button, Card, Descriptions, Flex } from 'antd';
import type { ClusterDto } from '@cs/contracts';
import { SYSTEM_SERVICES } from '@cs/domain';
import { formatDateTime } from '../../../components/date-time.utils.ts';
import { ClusterStatusTag } from '../ClusterStatusTag.tsx';
import { NodeHealthText } from '../NodeHealthText.tsx';
import { networkTypeLabel, regionName } from '../clusters.utils.ts';
import type { ClusterOperation } from '../clusters.utils.ts';
import { OperationButton } from './OperationButton.tsx';
import { OperationStatus } from './OperationStatus.tsx';
import { SecurityGroupRulesDialog } from './SecurityGroupRulesDialog.tsx';

interface BasicInformationProps {
  cluster: ClusterDto;
  onOperation: (operation: ClusterOperation, clusterId: string) => void;
}

/** Basic Information: the cluster's identity, status and resources, and the operations on it. */
export function BasicInformation({ cluster, onOperation }: BasicInformationProps) {
  const [rulesOpen, setRulesOpen] = useState(false);
  const { metadata, spec, status } = cluster;
  const network = networkTypeLabel(spec);
  const operation = (op: ClusterOperation, type?: 'primary') => (
    <OperationButton
      cluster={cluster}
      operation={op}
      onOperation={onOperation}
      type={type}
      size={op === 'expand' || op === 'attach' ? 'small' : undefined}
    />
  );

  return (
    <>
      <OperationStatus cluster={cluster} />
      <Card title="Basic Information">
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, lg: 2 }}
          styles={{ label: { width: 170 } }}
          items={[
            { key: 'id', label: 'Cluster ID', children: metadata.id },
            { key: 'vpc', label: 'VPC', children: network.vpcId ?? network.label },
            { key: 'status', label: 'Running status', children: <ClusterStatusTag cluster={cluster} /> },
            { key: 'region', label: 'Region', children: regionName(spec.region) },
            { key: 'zone', label: 'Zone', children: spec.zone },
            {
              key: 'nodes',
              label: 'Number of Nodes',
              children: (
                <Flex gap={8} align="center" wrap>
                  <span style={{ minWidth: 24 }}>{status.nodeCount}</span>
                  {operation('expand', 'primary')}
                  {operation('attach')}
                </Flex>
              ),
            },
            { key: 'nodeHealth', label: 'Node Status', children: <NodeHealthText health={status.nodeHealth} /> },
            {
              key: 'sg',
              label: 'Security Group ID',
              children: (
                <Flex gap={8} align="center" wrap>
                  {status.resources.securityGroupId ?? 'Not created yet'}
                  <Button size="small" disabled={!status.resources.securityGroupId} onClick={() => setRulesOpen(true)}>
                    Security Group Rules
                  </Button>
                </Flex>
              ),
            },
            { key: 'slb', label: 'Server Load Balancer', children: status.resources.slbId ?? 'None' },
            { key: 'docker', label: 'Docker Version', children: status.dockerVersion || '-' },
            { key: 'agent', label: 'Agent Version', children: status.agentVersion || '-' },
            { key: 'created', label: 'Time Created', children: formatDateTime(metadata.createdAt) },
            {
              key: 'services',
              label: 'System Services',
              span: 'filled',
              children:
                SYSTEM_SERVICES.filter((s) => status.systemServices[s])
                  .map((s) => `${s} ${status.systemServices[s]}`)
                  .join(', ') || '-',
            },
          ]}
        />
        <Flex
          justify="space-between"
          gap={8}
          wrap
          style={{ marginTop: 16 }}
          role="group"
          aria-label="Cluster operations"
        >
          <Flex gap={8} wrap>
            {operation('upgrade-agent')}
            {operation('upgrade-docker')}
            {operation('upgrade-system-services')}
            {operation('clear-disk')}
          </Flex>
          {operation('delete')}
        </Flex>
      </Card>
      {rulesOpen && <SecurityGroupRulesDialog cluster={cluster} onClose={() => setRulesOpen(false)} />}
    </>
  );
}
