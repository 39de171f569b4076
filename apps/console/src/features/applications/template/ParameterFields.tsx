import { Form, Input } from 'antd';
import type { TemplateParameter } from '@cs/compose';

interface ParameterFieldsProps {
  parameters: readonly TemplateParameter[];
  values: Readonly<Record<string, string>>;
  onChange: (values: Record<string, string>) => void;
  /** Show "Enter a value" on the required ones left empty (after a Create was tried). */
  showMissing: boolean;
  /** What the BFF said about the values. */
  errors?: readonly string[];
}

/** One input per parameter of the template (`$VAR`), showing its default; required ones block Create. */
export function ParameterFields({ parameters, values, onChange, showMissing, errors = [] }: ParameterFieldsProps) {
  if (parameters.length === 0) {
    return <p style={{ margin: 0, color: 'rgba(0, 0, 0, 0.45)' }}>This template has no parameters.</p>;
  }
  return (
    <Form layout="horizontal" component={false}>
      {parameters.map((p) => {
        const required = p.default === undefined;
        const missing = showMissing && required && !values[p.name];
        const id = `parameter-${p.name}`;
        return (
          <Form.Item
            key={p.name}
            label={<label htmlFor={id}>{p.name}</label>}
            required={required}
            colon={false}
            labelCol={{ flex: '200px' }}
            validateStatus={missing ? 'error' : undefined}
            help={missing ? `Enter a value for ${p.name}: the template uses it without a default.` : undefined}
            extra={required ? undefined : `Default: ${p.default === '' ? '(empty)' : p.default}`}
            style={{ marginBottom: 12 }}
          >
            <Input
              id={id}
              value={values[p.name] ?? ''}
              placeholder={required ? 'Required' : p.default}
              autoComplete="off"
              onChange={(e) => onChange({ ...values, [p.name]: e.target.value })}
              style={{ maxWidth: 420 }}
            />
          </Form.Item>
        );
      })}
      {errors.map((e) => (
        <p key={e} role="alert" style={{ color: '#ff4d4f', margin: 0 }}>
          {e}
        </p>
      ))}
    </Form>
  );
}
