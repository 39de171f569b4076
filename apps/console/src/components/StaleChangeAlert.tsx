import { Alert, Button } from 'antd';

interface StaleChangeAlertProps {
  /** The BFF's 409: someone else changed it since this page loaded it. */
  message: string | undefined;
  /** What Reload shows as it is now: "the template", "the application". */
  what: string;
  reloading: boolean;
  onReload: () => void;
}

/** A save refused because what it was based on changed meanwhile, with Reload. */
export function StaleChangeAlert({ message, what, reloading, onReload }: StaleChangeAlertProps) {
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={message}
      description={`Reload shows ${what} as it is now; your changes on this page are discarded.`}
      action={
        <Button size="small" loading={reloading} onClick={onReload}>
          Reload
        </Button>
      }
    />
  );
}
