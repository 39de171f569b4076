import type { ReactNode } from 'react';
import { Flex, theme } from 'antd';

interface PageHeadingProps {
  /** The page's name as the guide calls it; rendered as the page's only h1. */
  title: string;
  /** Actions on the right, such as "Create Cluster". */
  extra?: ReactNode;
}

// A plain h1 rather than Typography.Title: Typography brings Input, Tooltip and the form engine along
// (for its editable mode), which would weigh on every page's first load.
export function PageHeading({ title, extra }: PageHeadingProps) {
  const { token } = theme.useToken();
  return (
    <Flex align="center" justify="space-between" gap={16} style={{ marginBottom: 24 }}>
      <h1 style={{ fontSize: 22, lineHeight: 1.4, fontWeight: 600, margin: 0, color: token.colorTextHeading }}>
        {title}
      </h1>
      {extra}
    </Flex>
  );
}
