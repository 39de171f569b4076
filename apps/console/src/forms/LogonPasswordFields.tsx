import { Form, Input } from 'antd';
import { contractPathRule } from './contract-rule.ts';
import type { SafeParser } from './contract-rule.ts';

/** The guide's rule under the password field. */
export const LOGON_PASSWORD_RULE_TEXT =
  'The password should be 8-30 characters long and contain three types of characters (uppercase/lowercase letters, numbers and special characters).';

interface LogonPasswordFieldsProps {
  /** The form's names of the two fields, e.g. ['nodes', 'password']. */
  passwordName: string[];
  confirmName: string[];
  /** The request's schema and how the form's values become the request: the rules are the contract's. */
  schema: SafeParser;
  toRequest: (values: Record<string, unknown>) => unknown;
  /** "Logon Password" (creating nodes) or "Password" (resetting a node). */
  label?: string;
  /** The rule text shown under the password; the guide words it slightly differently per dialog. */
  extra?: string;
}

/** A logon password and its confirmation, checked as you type with the contract's rules. */
export function LogonPasswordFields({
  passwordName,
  confirmName,
  schema,
  toRequest,
  label = 'Logon Password',
  extra = LOGON_PASSWORD_RULE_TEXT,
}: LogonPasswordFieldsProps) {
  return (
    <>
      <Form.Item
        label={label}
        name={passwordName}
        required
        extra={extra}
        rules={[contractPathRule(schema, passwordName.join('.'), toRequest)]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="Confirm Password"
        name={confirmName}
        required
        dependencies={[passwordName]}
        rules={[contractPathRule(schema, confirmName.join('.'), toRequest)]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
