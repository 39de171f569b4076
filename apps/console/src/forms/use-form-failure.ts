import { useCallback, useState } from 'react';
import type { FormInstance } from 'antd';
import { describeFormFailure } from './api-failure.ts';

/**
 * Shows a failed request on a form: each field error beside its field, the rest (a 409's detail,
 * a network failure) in `message`, which the form shows above its buttons.
 */
export function useFormFailure(form: FormInstance, fields: readonly string[]) {
  const [message, setMessage] = useState<string | undefined>();
  const report = useCallback(
    (error: unknown) => {
      const failure = describeFormFailure(error, fields);
      setMessage(failure.message);
      form.setFields(failure.fieldErrors);
    },
    [form, fields],
  );
  const clear = useCallback(() => setMessage(undefined), []);
  return { message, report, clear };
}
