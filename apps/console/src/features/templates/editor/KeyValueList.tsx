import { Button, Flex, Form, Input } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';

interface KeyValueListProps {
  /** The form list's name: `environment` or `labels`. */
  name: string;
  label: string;
  keyPlaceholder: string;
  valuePlaceholder: string;
  extra?: string;
}

/** Environment and Labels: rows of key and value, added and removed one by one. */
export function KeyValueList({ name, label, keyPlaceholder, valuePlaceholder, extra }: KeyValueListProps) {
  return (
    <Form.Item label={label} extra={extra}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8}>
                <Form.Item name={[field.name, 'key']} noStyle>
                  <Input placeholder={keyPlaceholder} aria-label={`${label} ${index + 1} key`} />
                </Form.Item>
                <Form.Item name={[field.name, 'value']} noStyle>
                  <Input placeholder={valuePlaceholder} aria-label={`${label} ${index + 1} value`} />
                </Form.Item>
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
              onClick={() => add({ key: '', value: '' })}
              style={{ alignSelf: 'flex-start' }}
            >
              Add {label === 'Environment' ? 'Variable' : 'Label'}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
