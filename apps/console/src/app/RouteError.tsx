import { Suspense, lazy } from 'react';
import { Flex } from 'antd';
import { useRouteError } from 'react-router';
import { describeRouteError } from './route-error.utils.ts';
import { PlainRouteErrorResult } from './PlainRouteErrorResult.tsx';

// antd's Result carries large illustrations, so it loads only when an error happens. When that
// fails too (the network is gone, or a new release replaced the chunks), the plain version shows.
const RouteErrorResult = lazy(() =>
  import('./RouteErrorResult.tsx')
    .then((m) => ({ default: m.RouteErrorResult }))
    .catch(() => ({ default: PlainRouteErrorResult })),
);

/** A route's error boundary: what went wrong, and a way to try again. */
export function RouteError() {
  const message = describeRouteError(useRouteError());
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Suspense fallback={<PlainRouteErrorResult message={message} />}>
        <RouteErrorResult message={message} />
      </Suspense>
    </Flex>
  );
}
