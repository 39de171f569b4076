import { Form, Input, InputNumber } from 'antd';

/** Command, Entrypoint and the resource limits; set, they overwrite the image configuration. */
export function ContainerSection() {
  return (
    <>
      <Form.Item label="Command" name="command" extra="The launch command; if specified, it overwrites the image's.">
        <Input aria-label="Command" placeholder="nginx -g 'daemon off;'" autoComplete="off" />
      </Form.Item>
      <Form.Item label="Entrypoint" name="entrypoint" extra="If specified, it overwrites the image's entrypoint.">
        <Input aria-label="Entrypoint" placeholder="/docker-entrypoint.sh" autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="CPU Limit"
        name="cpuShares"
        extra="A single CPU core is 100: 50 reserves 0.5 cores (cpu_shares). Empty: no CPU is reserved."
      >
        <InputNumber aria-label="CPU Limit" min={1} max={100_000} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        label="Memory Limit"
        name="memoryLimitMb"
        extra="The minimum memory is 4 MB; a container that needs more than its limit is stopped (OOM). Empty: no memory is reserved."
      >
        <InputNumber
          aria-label="Memory Limit"
          min={4}
          max={1_048_576}
          precision={0}
          suffix="MB"
          style={{ width: 160 }}
        />
      </Form.Item>
    </>
  );
}
