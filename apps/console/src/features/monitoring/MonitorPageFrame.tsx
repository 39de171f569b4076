import type { ReactNode } from 'react';
import { Breadcrumb, Card } from 'antd';
import { PageHeading } from '../../components/PageHeading.tsx';

interface MonitorPageFrameProps {
  /** The way back, before "Monitor": the list, then the monitored thing. */
  crumbs: ReactNode[];
  title: string;
  /** Shown above the charts' card: a failure to load the monitored thing. */
  notice?: ReactNode;
  children: ReactNode;
}

/** The frame of a Monitor page: breadcrumb ending in Monitor, the heading, the charts in a card. */
export function MonitorPageFrame({ crumbs, title, notice, children }: MonitorPageFrameProps) {
  return (
    <>
      <Breadcrumb style={{ marginBottom: 8 }} items={[...crumbs.map((title) => ({ title })), { title: 'Monitor' }]} />
      <PageHeading title={title} />
      {notice}
      <Card>{children}</Card>
    </>
  );
}
