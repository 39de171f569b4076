import type { FormRule } from 'antd';
import { volumeProblem } from './image-form.utils.ts';
import { choiceInput, textInput } from './port-input.tsx';
import { RowsField } from './RowsField.tsx';

const volumeRule =
  (part: 'source' | 'target'): FormRule =>
  () => ({
    validator: async (_rule, value: string | undefined) => {
      const problem = volumeProblem(part, value);
      if (problem) throw new Error(problem);
    },
  });

const keyRule = (what: string, noEquals: boolean): FormRule => ({
  validator: async (_rule, value: string | undefined) => {
    const key = (value ?? '').trim();
    if (key === '') throw new Error(`Enter the ${what}.`);
    if (noEquals && key.includes('=')) throw new Error('A variable name cannot contain an equals sign (=).');
  },
});

/** Data Volume, Environment and Labels. */
export function StorageSection() {
  return (
    <>
      <RowsField
        name="volumes"
        label="Data Volume"
        newRow={{ source: '', target: '', permission: 'rw' }}
        extra="A host path (/data) or the name of a data volume (an OSSFS volume of the cluster), mounted at the container path."
        columns={[
          {
            name: 'source',
            label: 'Host Path or Data Volume Name',
            width: 'auto',
            input: textInput('/data or test'),
            rules: () => [volumeRule('source')],
          },
          {
            name: 'target',
            label: 'Container Path',
            width: 'auto',
            input: textInput('/var/lib/data'),
            rules: () => [volumeRule('target')],
          },
          {
            name: 'permission',
            label: 'Permission',
            width: 100,
            input: choiceInput([
              { value: 'rw', label: 'RW' },
              { value: 'ro', label: 'RO' },
            ]),
          },
        ]}
      />
      <RowsField
        name="environment"
        label="Environment"
        newRow={{ key: '', value: '' }}
        columns={[
          {
            name: 'key',
            label: 'Key',
            width: 'auto',
            input: textInput('MYSQL_ROOT_PASSWORD'),
            rules: () => [keyRule('variable name', true)],
          },
          { name: 'value', label: 'Value', width: 'auto', input: textInput('Value') },
        ]}
      />
      <RowsField
        name="labels"
        label="Labels"
        newRow={{ key: '', value: '' }}
        extra="Container labels such as aliyun.probe.url. aliyun.scale, rolling updates, routing, load balancer and auto scaling labels are set by their own fields."
        columns={[
          {
            name: 'key',
            label: 'Key',
            width: 'auto',
            input: textInput('aliyun.probe.url'),
            rules: () => [keyRule('label name', false)],
          },
          { name: 'value', label: 'Value', width: 'auto', input: textInput('Value') },
        ]}
      />
    </>
  );
}
