import { Alert } from 'antd';

interface TemplateErrorsProps {
  errors: readonly string[];
  /** What the errors stop: "creating", "updating". */
  stops: string;
}

/** The template's errors, each with its line and column, that stop Create or Update. */
export function TemplateErrors({ errors, stops }: TemplateErrorsProps) {
  if (errors.length === 0) return null;
  const one = errors.length === 1;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={`The template has ${one ? 'an error' : `${errors.length} errors`}; fix ${one ? 'it' : 'them'} before ${stops}.`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      }
    />
  );
}
