import { Button, Result } from 'antd';
import { reload } from './PlainRouteErrorResult.tsx';
import type { RouteErrorResultProps } from './PlainRouteErrorResult.tsx';

/** The error page proper: antd's 500 result with what went wrong and a Reload button. */
export function RouteErrorResult({ message }: RouteErrorResultProps) {
  return (
    <Result
      status="500"
      title="Something went wrong"
      subTitle={<span role="alert">{message}</span>}
      extra={
        <Button type="primary" onClick={reload}>
          Reload
        </Button>
      }
    />
  );
}
