import { Alert, Button, List } from 'antd';
import type { NodeScalingPrerequisitesDto } from '@cs/contracts';

const ACTION_LABELS = {
  agent: 'Upgrade Agent',
  acsmonitoring: 'Upgrade system services',
  'ram-authorization': 'Update RAM Authorization Information',
} as const;

interface NodeScalingPrerequisitesProps {
  prerequisites: NodeScalingPrerequisitesDto;
  onAct: (key: keyof typeof ACTION_LABELS) => void;
}

/** The guide's prerequisites that the cluster has not met, each with the operation that meets it. */
export function NodeScalingPrerequisites({ prerequisites, onAct }: NodeScalingPrerequisitesProps) {
  const missing = prerequisites.items.filter((i) => !i.met);
  if (missing.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title="Prerequisites of node auto scaling"
      description={
        <List
          size="small"
          aria-label="Prerequisites not met"
          dataSource={missing}
          renderItem={(item) => (
            <List.Item
              actions={[
                <Button key="act" type="link" size="small" onClick={() => onAct(item.key)}>
                  {ACTION_LABELS[item.key]}
                </Button>,
              ]}
            >
              {item.message}
            </List.Item>
          )}
        />
      }
    />
  );
}
