import type { FormRule } from 'antd';
import { repeatsPort } from '../../../templates/editor/service-form.utils.ts';
import type { WebRoute } from '../../../templates/editor/service-form.utils.ts';
import { portInput, textInput } from './port-input.tsx';
import { RowsField } from './RowsField.tsx';

/** A second row for a port already routed: the guide wants all its domain names in one entry. */
const onePortOneEntry =
  (row: number): FormRule =>
  (form) => ({
    validator: async () => {
      if (repeatsPort((form.getFieldValue('routes') as WebRoute[] | undefined) ?? [], row))
        throw new Error('All domain names for a port must be entered in one entry.');
    },
  });

/** Web Routing (`aliyun.routing.port_$container_port`), one row per container port, in Create with Image and Edit Service. */
export function WebRoutingField() {
  return (
    <RowsField
      name="routes"
      label="Web Routing"
      newRow={{ containerPort: null, domain: '' }}
      extra={
        <>
          A prefix such as <code>web</code> for the test domain web.&lt;cluster ID&gt;.&lt;region
          ID&gt;.alicontainer.com, or your own domain (http://www.example.com/context). Note: All domain names for a
          port must be entered in one entry, separated by semicolons (;).
        </>
      }
      columns={[
        {
          name: 'containerPort',
          label: 'Container Port',
          width: 140,
          input: portInput('80'),
          rules: (row) => [{ required: true, message: 'Enter the container port.' }, onePortOneEntry(row)],
        },
        {
          name: 'domain',
          label: 'Domain',
          width: 'auto',
          input: textInput('www.example.com or web'),
          rules: () => [{ required: true, whitespace: true, message: 'Enter the domain or its prefix.' }],
        },
      ]}
    />
  );
}
