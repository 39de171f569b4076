import { Button, Form, Input, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { AlarmRuleCreateRequestSchema, MAX_ALARM_CONTACTS } from '@cs/contracts';
import { contractPathRule } from '../../forms/contract-rule.ts';
import { toCreateRequest } from './alarm-form.utils.ts';

const rule = (path: string) => contractPathRule(AlarmRuleCreateRequestSchema, path, (v) => toCreateRequest(v, '-'));

/** "Set the contact for alarms": who the (simulated) alarm notifications are addressed to. */
export function ContactRows() {
  return (
    <Form.List name="contacts">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="start" wrap>
              <Form.Item label="Contact" name={[field.name, 'name']} rules={[rule(`contacts.${field.name}.name`)]}>
                <Input aria-label="Contact name" placeholder="Name" style={{ width: 200 }} />
              </Form.Item>
              <Form.Item label="Email" name={[field.name, 'email']} rules={[rule(`contacts.${field.name}.email`)]}>
                <Input aria-label="Contact email" placeholder="name@example.com" style={{ width: 260 }} />
              </Form.Item>
              <Button type="link" disabled={fields.length === 1} onClick={() => remove(field.name)}>
                Delete
              </Button>
            </Space>
          ))}
          <Button
            type="link"
            icon={<PlusOutlined aria-hidden />}
            disabled={fields.length >= MAX_ALARM_CONTACTS}
            onClick={() => add({ name: '', email: '' })}
            style={{ paddingInline: 0 }}
          >
            Add contact
          </Button>
        </>
      )}
    </Form.List>
  );
}
