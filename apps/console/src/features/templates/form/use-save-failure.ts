import { useCallback, useState } from 'react';
import type { FormInstance } from 'antd';
import { ApiError } from '@cs/contracts';
import { describeSaveFailure } from '../templates.utils.ts';
import type { SaveFailure } from '../templates.utils.ts';
import type { TemplateFormValues } from './TemplateForm.tsx';

const NONE: SaveFailure = { contentErrors: [], stale: false, message: undefined };

/** A refused save on the template form: content errors listed, name errors on the field, the rest above. */
export function useSaveFailure(form: FormInstance<TemplateFormValues>, update: boolean) {
  const [failure, setFailure] = useState<SaveFailure>(NONE);
  const report = useCallback(
    (error: unknown) => {
      setFailure(describeSaveFailure(error, update));
      if (error instanceof ApiError) {
        const name = error.fieldErrors.filter((e) => e.field === 'name').map((e) => e.message);
        if (name.length > 0) form.setFields([{ name: 'name', errors: name }]);
      }
    },
    [form, update],
  );
  const refuse = useCallback((contentErrors: string[]) => setFailure({ ...NONE, contentErrors }), []);
  const clear = useCallback(() => setFailure(NONE), []);
  return { failure, report, refuse, clear };
}
