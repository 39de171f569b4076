import { App, Card, Flex, Switch } from 'antd';
import { useRamServiceMutation } from '../../../data/node-scaling/ram-service-mutation.ts';
import { useRamServiceQuery } from '../../../data/node-scaling/ram-service-query.ts';
import { failureMessage } from '../../../forms/api-failure.ts';

/** The simulation panel's RAM service switch: off, Update RAM Authorization Information shows the guide's error. */
export function RamServicePanel() {
  const { message } = App.useApp();
  const ram = useRamServiceQuery();
  const change = useRamServiceMutation();
  return (
    <Card title="RAM service">
      <p style={{ marginTop: 0, color: 'rgba(0, 0, 0, 0.65)' }}>
        The demo account has the RAM service activated. Deactivate it to see what the guide warns of: Update RAM
        Authorization Information then fails with an error message, and node auto scaling cannot be set up on clusters
        whose authorization was never updated.
      </p>
      <Flex gap={12} align="center">
        <Switch
          aria-label="RAM service activated"
          checked={ram.data?.activated ?? true}
          loading={ram.isPending || change.isPending}
          onChange={(activated) =>
            change.mutate({ activated }, { onError: (error) => void message.error(failureMessage(error)) })
          }
        />
        <span>{ram.data?.activated === false ? 'Not activated' : 'Activated'}</span>
      </Flex>
    </Card>
  );
}
