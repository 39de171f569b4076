import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ClusterDto } from '@cs/contracts';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { useNodeScalingPrerequisitesQuery } from '../../../data/node-scaling/node-scaling-prerequisites-query.ts';
import { useNodeScalingRuleDeleteMutation } from '../../../data/node-scaling/node-scaling-rule-delete-mutation.ts';
import { useNodeScalingRuleQuery } from '../../../data/node-scaling/node-scaling-rule-query.ts';
import { failureMessage } from '../../../forms/api-failure.ts';
import type { ClusterOperation } from '../clusters.utils.ts';
import { NodeScalingPrerequisites } from './NodeScalingPrerequisites.tsx';
import { NodeScalingRuleTable } from './NodeScalingRuleTable.tsx';
import { NodeScalingRuleWizard } from './NodeScalingRuleWizard.tsx';
import { UpdateRamAuthorizationDialog } from './UpdateRamAuthorizationDialog.tsx';

interface NodeScalingSectionProps {
  cluster: ClusterDto;
  /** Opens Upgrade Agent or Upgrade System Service, the prerequisites' operations. */
  onOperation: (operation: ClusterOperation, clusterId: string) => void;
}

/** Clusters > Manage > Node Scaling: the prerequisites, the rule list, the wizard, Delete. */
export function NodeScalingSection({ cluster, onOperation }: NodeScalingSectionProps) {
  const { modal, message } = App.useApp();
  const clusterId = cluster.metadata.id;
  const rule = useNodeScalingRuleQuery({ clusterId });
  const prerequisites = useNodeScalingPrerequisitesQuery({ clusterId });
  const remove = useNodeScalingRuleDeleteMutation(clusterId);
  const [wizard, setWizard] = useState<'create' | 'modify' | undefined>();
  const [ramDialog, setRamDialog] = useState(false);
  const ready = prerequisites.data?.ready ?? false;

  const confirmDelete = () =>
    modal.confirm({
      title: 'Delete',
      content: `Are you sure you want to delete the node scaling rule of cluster ${cluster.metadata.name}? Its nodes stay; auto scaling stops.`,
      okText: 'OK',
      okButtonProps: { danger: true },
      onOk: () =>
        remove.mutateAsync({ clusterId }).then(
          () => void message.success('The node scaling rule is deleted.'),
          (error: unknown) => void message.error(failureMessage(error)),
        ),
    });

  return (
    <Card
      title="Node Scaling"
      extra={
        !rule.data && (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            disabled={!ready || rule.isPending}
            onClick={() => setWizard('create')}
          >
            Create Auto Scaling Rule
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">
        The Container Service adjusts the number of nodes by the cluster&apos;s CPU and memory average usage: when the
        average of three consecutive one-minute periods is beyond a condition. Node contraction only removes nodes added
        by node expansion, or labelled aliyun.reschedule==true, migrating their containers first; back up data before
        node scaling.
      </Typography.Paragraph>
      {prerequisites.data && (
        <NodeScalingPrerequisites
          prerequisites={prerequisites.data}
          onAct={(key) => {
            if (key === 'agent') onOperation('upgrade-agent', clusterId);
            else if (key === 'acsmonitoring') onOperation('upgrade-system-services', clusterId);
            else setRamDialog(true);
          }}
        />
      )}
      {(rule.isError || prerequisites.isError) && (
        <LoadFailureAlert what="Node scaling" error={rule.error ?? prerequisites.error} />
      )}
      <Typography.Title level={5}>Auto Scaling:</Typography.Title>
      {rule.isPending && <Skeleton active />}
      {rule.data === null && <Empty description="No node scaling rule. Create one with Create Auto Scaling Rule." />}
      {rule.data && (
        <Flex vertical gap={8}>
          <NodeScalingRuleTable rule={rule.data} onModify={() => setWizard('modify')} onDelete={confirmDelete} />
          {rule.data.status.lastScaling && (
            <Typography.Text type="secondary">Last scaling: {rule.data.status.lastScaling.message}</Typography.Text>
          )}
        </Flex>
      )}
      {wizard && (
        <NodeScalingRuleWizard
          cluster={cluster}
          rule={wizard === 'modify' ? (rule.data ?? undefined) : undefined}
          onClose={() => setWizard(undefined)}
        />
      )}
      {ramDialog && <UpdateRamAuthorizationDialog cluster={cluster} onClose={() => setRamDialog(false)} />}
    </Card>
  );
}
