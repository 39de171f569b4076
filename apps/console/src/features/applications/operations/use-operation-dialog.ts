import { useCallback, useState } from 'react';
import type { ApplicationOperation } from '../../../data/applications/application-operation-mutation.ts';

/** Which confirmation is open, and for which application. */
export interface OperationDialogState {
  operation: ApplicationOperation;
  applicationId: string;
}

/** Opens and closes the Stop / Activate / Redeploy / Delete confirmations of a page. */
export function useOperationDialog() {
  const [dialog, setDialog] = useState<OperationDialogState | undefined>();
  const open = useCallback(
    (operation: ApplicationOperation, applicationId: string) => setDialog({ operation, applicationId }),
    [],
  );
  const close = useCallback(() => setDialog(undefined), []);
  return { dialog, open, close };
}
