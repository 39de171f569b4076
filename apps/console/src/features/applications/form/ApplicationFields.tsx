import type { ReactNode } from 'react';
import { Checkbox, Form, Input } from 'antd';
import type { FormRule } from 'antd';
import { ApplicationDescriptionSchema, ApplicationVersionSchema } from '@cs/contracts';
import { MAX_APPLICATION_DESCRIPTION } from '@cs/domain';
import { contractRule } from '../../../forms/contract-rule.ts';

/** Version, checked with the contract's rule (and `rules`, such as "must change" on Update). */
export function VersionItem({ extra, rules = [] }: { extra: ReactNode; rules?: FormRule[] }) {
  return (
    <Form.Item
      label="Version"
      name="version"
      required
      rules={[contractRule(ApplicationVersionSchema), ...rules]}
      extra={extra}
    >
      <Input autoComplete="off" style={{ width: 200 }} />
    </Form.Item>
  );
}

/** Description: may be left blank, at most 1,024 characters. */
export function DescriptionItem({ extra }: { extra?: ReactNode }) {
  return (
    <Form.Item
      label="Description"
      name="description"
      rules={[contractRule(ApplicationDescriptionSchema)]}
      extra={extra}
    >
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} showCount maxLength={MAX_APPLICATION_DESCRIPTION} />
    </Form.Item>
  );
}

/** A check box of the application form, its meaning said under it. */
export function CheckItem({ label, name, extra }: { label: string; name: string; extra: ReactNode }) {
  return (
    <Form.Item label={label} name={name} valuePropName="checked" extra={extra}>
      <Checkbox aria-label={label} />
    </Form.Item>
  );
}

/** Pull Docker Image: "Check to use the latest Docker image in registry." */
export function PullImageItem() {
  return (
    <CheckItem label="Pull Docker Image" name="pullImage" extra="Check to use the latest Docker image in registry." />
  );
}
