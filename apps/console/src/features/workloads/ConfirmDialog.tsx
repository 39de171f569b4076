import type { ReactNode } from 'react';
import { Modal } from 'antd';
import { FailureAlert } from '../../components/FailureAlert.tsx';
import { failureMessage } from '../../forms/api-failure.ts';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  /** The request runs: OK spins and the dialog stays open. */
  pending: boolean;
  /** The request failed: said inside the dialog, which stays open for another try. */
  error: Error | null;
  danger?: boolean;
  onOk: () => void;
  onCancel: () => void;
}

/** "In the pop-up dialog box, click OK": the guide's confirmation of an operation. */
export function ConfirmDialog({ title, children, pending, error, danger, onOk, onCancel }: ConfirmDialogProps) {
  return (
    <Modal open title={title} okText="OK" okButtonProps={{ danger, loading: pending }} onOk={onOk} onCancel={onCancel}>
      <FailureAlert message={error ? failureMessage(error) : undefined} />
      {children}
    </Modal>
  );
}
