import type { ReactNode } from 'react';
import { Button, Flex, Form } from 'antd';
import type { FormRule } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';

/** One column of a row list: its label and the input drawn for it. */
export interface RowColumn {
  name: string;
  label: string;
  width: number | string;
  /** The input; `ariaLabel` names it for assistive technology ("Port Mapping 1 Host Port"). */
  input: (ariaLabel: string) => ReactNode;
  rules?: (row: number) => FormRule[];
  /** Fields whose change re-checks this one (`['ports']` for a Load Balancer's container port). */
  dependencies?: (row: number) => (string | number)[][];
}

interface RowsFieldProps {
  /** The form list's name: `ports`, `routes`, `volumes`… */
  name: string;
  label: string;
  columns: readonly RowColumn[];
  /** The values of a new row. */
  newRow: Record<string, unknown>;
  extra?: ReactNode;
}

/** A list of rows (Port Mapping, Web Routing, Data Volume…), each row added with the plus button. */
export function RowsField({ name, label, columns, newRow, extra }: RowsFieldProps) {
  return (
    <Form.Item label={label} extra={extra}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.length > 0 && (
              <Flex gap={8} aria-hidden style={{ color: 'rgba(0, 0, 0, 0.65)' }}>
                {columns.map((c) => (
                  <span key={c.name} style={{ width: c.width, flex: c.width === 'auto' ? 1 : undefined }}>
                    {c.label}
                  </span>
                ))}
              </Flex>
            )}
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="flex-start" role="group" aria-label={`${label} ${index + 1}`}>
                {columns.map((c) => (
                  <Form.Item
                    key={c.name}
                    name={[field.name, c.name]}
                    rules={c.rules?.(field.name)}
                    dependencies={c.dependencies?.(field.name)}
                    style={{ marginBottom: 0, width: c.width, flex: c.width === 'auto' ? 1 : undefined }}
                  >
                    {c.input(`${label} ${index + 1} ${c.label}`)}
                  </Form.Item>
                ))}
                <Button
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={`Remove ${label} ${index + 1}`}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              aria-label={`Add ${label}`}
              onClick={() => add({ ...newRow })}
              style={{ alignSelf: 'flex-start' }}
            >
              Add
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
