import type { FormRule } from 'antd';
import { hostPortProblem, loadBalancerPortProblem } from './image-form.utils.ts';
import type { ImageFormValues } from './image-form.utils.ts';
import { choiceInput, portInput, textInput } from './port-input.tsx';
import { RowsField } from './RowsField.tsx';
import { WebRoutingField } from './WebRoutingField.tsx';

const PROTOCOLS = [
  { value: 'tcp', label: 'TCP' },
  { value: 'udp', label: 'UDP' },
];
const SCHEMES = ['tcp', 'http', 'https', 'udp'].map((s) => ({ value: s, label: s }));

const required = (message: string): FormRule => ({ required: true, message });

const hostPortRule: FormRule = {
  validator: async (_rule, value: number | null) => {
    const problem = hostPortProblem(value);
    if (problem) throw new Error(problem);
  },
};

/** A Load Balancer row's container port must be mapped to a host port in Port Mapping. */
const mappedPortRule: FormRule = (form) => ({
  validator: async (_rule, value: number | null) => {
    const ports = (form.getFieldValue('ports') as ImageFormValues['ports'] | undefined) ?? [];
    const problem = loadBalancerPortProblem(value ?? null, ports);
    if (problem) throw new Error(problem);
  },
});

/** Port Mapping, Web Routing and Load Balancer. */
export function NetworkSection() {
  return (
    <>
      <RowsField
        name="ports"
        label="Port Mapping"
        newRow={{ hostPort: null, containerPort: null, protocol: 'tcp' }}
        extra="Leave the host port empty to map the container port to a random port of the node. The host port cannot be set to 9080, 2376, 3376."
        columns={[
          { name: 'hostPort', label: 'Host Port', width: 130, input: portInput('Random'), rules: () => [hostPortRule] },
          {
            name: 'containerPort',
            label: 'Container Port',
            width: 140,
            input: portInput('80'),
            rules: () => [required('Enter the container port.')],
          },
          { name: 'protocol', label: 'Protocol', width: 110, input: choiceInput(PROTOCOLS) },
        ]}
      />
      <WebRoutingField />
      <RowsField
        name="loadBalancers"
        label="Load Balancer"
        newRow={{ containerPort: null, scheme: 'tcp', instance: 'slb', frontPort: null }}
        extra="Binds a Server Load Balancer front port to the host port of a container port (aliyun.lb.port_$container_port: $scheme://$slb:$front_port). Map the container port to a host port in Port Mapping."
        columns={[
          {
            name: 'containerPort',
            label: 'Container Port',
            width: 140,
            input: portInput('80'),
            rules: () => [required('Enter the container port.'), mappedPortRule],
            dependencies: () => [['ports']],
          },
          { name: 'scheme', label: 'Protocol', width: 110, input: choiceInput(SCHEMES) },
          {
            name: 'instance',
            label: 'Server Load Balancer Name or ID',
            width: 'auto',
            input: textInput('slb'),
            rules: () => [{ required: true, whitespace: true, message: 'Enter the name or ID of the instance.' }],
          },
          {
            name: 'frontPort',
            label: 'Front Port',
            width: 120,
            input: portInput('80'),
            rules: () => [required('Enter the front port.')],
          },
        ]}
      />
    </>
  );
}
