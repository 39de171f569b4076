import { Flex, Spin } from 'antd';

/** What shows while the console finds out who is signed in or loads a page's code. */
export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" description="Loading…" />
    </Flex>
  );
}
