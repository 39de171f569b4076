import type { ReactNode } from 'react';
import { Card, Statistic } from 'antd';

interface CountCardProps {
  title: string;
  value: number | undefined;
  icon: ReactNode;
  loading: boolean;
  children?: ReactNode;
}

/** One count of the Overview, in a card of its own. */
export function CountCard({ title, value, icon, loading, children }: CountCardProps) {
  return (
    <Card loading={loading} role="region" aria-label={title} style={{ height: '100%' }}>
      <Statistic title={title} value={value ?? 0} prefix={icon} />
      {children && <div style={{ marginTop: 12 }}>{children}</div>}
    </Card>
  );
}
