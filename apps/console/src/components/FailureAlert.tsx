import { Alert } from 'antd';

/** A failed request's message inside a dialog or above a form's buttons. */
export function FailureAlert({ message }: { message: string | undefined }) {
  if (!message) return null;
  return <Alert type="error" showIcon role="alert" title={message} style={{ marginBottom: 16 }} />;
}
