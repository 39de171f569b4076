import { Alert, Button } from 'antd';
import { failureMessage } from '../forms/api-failure.ts';

interface LoadFailureAlertProps {
  /** What failed to load, as the sentence's subject: "The clusters". */
  what: string;
  error: unknown;
  /** Offers Retry when given. */
  onRetry?: () => void;
  retrying?: boolean;
}

/** Says what could not be loaded and why, with a Retry where the page can refetch. */
export function LoadFailureAlert({ what, error, onRetry, retrying }: LoadFailureAlertProps) {
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={`${what} could not be loaded.`}
      description={failureMessage(error)}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry} loading={retrying}>
            Retry
          </Button>
        )
      }
    />
  );
}
