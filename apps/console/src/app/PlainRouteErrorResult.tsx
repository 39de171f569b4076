import { Button } from 'antd';

export interface RouteErrorResultProps {
  message: string;
}

export function reload() {
  window.location.reload();
}

/** The same content without antd's illustration, while it loads or when it cannot be loaded. */
export function PlainRouteErrorResult({ message }: RouteErrorResultProps) {
  return (
    <div style={{ textAlign: 'center', padding: 48 }}>
      <h2 style={{ fontSize: 24, margin: '0 0 8px' }}>Something went wrong</h2>
      <p role="alert">{message}</p>
      <Button type="primary" onClick={reload}>
        Reload
      </Button>
    </div>
  );
}
