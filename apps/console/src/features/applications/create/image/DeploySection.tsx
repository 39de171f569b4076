import { Checkbox, Form, Radio } from 'antd';
import { AutoScalingFields } from '../../../workloads/auto-scaling/AutoScalingFields.tsx';
import type { ImageFormValues } from './image-form.utils.ts';

const ZONES_HELP: Record<ImageFormValues['acrossZones'], string> = {
  none: 'The containers are distributed in a single zone.',
  ensure:
    'The containers are distributed in two different zones; creation fails if the cluster has fewer than two zones or the containers cannot be distributed in two zones due to limited machine resources.',
  try: 'The containers are distributed in two different zones as long as possible, and are still created if they cannot be.',
};

/** Smooth Upgrade, Across Multiple Zones and Auto Scaling. */
export function DeploySection() {
  const acrossZones = Form.useWatch<ImageFormValues['acrossZones']>('acrossZones') ?? 'none';
  const scaling = Form.useWatch<boolean>('autoScalingEnabled') ?? false;
  return (
    <>
      <Form.Item
        label="Smooth Upgrade"
        name="rollingUpdates"
        valuePropName="checked"
        extra="Containers are updated one after another, so the service keeps running (aliyun.rolling_updates)."
      >
        <Checkbox aria-label="Smooth Upgrade">Enable</Checkbox>
      </Form.Item>
      <Form.Item label="Across Multiple Zones" name="acrossZones" extra={ZONES_HELP[acrossZones]}>
        <Radio.Group
          aria-label="Across Multiple Zones"
          options={[
            { value: 'none', label: 'None' },
            { value: 'ensure', label: 'Ensure' },
            { value: 'try', label: 'Try best' },
          ]}
        />
      </Form.Item>
      <Form.Item label="Auto Scaling" name="autoScalingEnabled" valuePropName="checked">
        <Checkbox aria-label="Enable for Auto Scaling">Enable for Auto Scaling</Checkbox>
      </Form.Item>
      {scaling && (
        <div style={{ marginInlineStart: 150 }}>
          <AutoScalingFields prefix={['autoScaling']} enabledName="autoScalingEnabled" />
        </div>
      )}
    </>
  );
}
