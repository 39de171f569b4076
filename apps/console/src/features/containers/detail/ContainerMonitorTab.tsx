import type { ContainerDto } from '@cs/contracts';
import { AlarmRulesLink } from '../../monitoring/AlarmRulesLink.tsx';
import { MetricsPanel } from '../../monitoring/MetricsPanel.tsx';
import { useTargetMetrics } from '../../monitoring/use-target-metrics.ts';

/** The monitor tab of a container's page: its CPU, memory, network and disk, and its custom series. */
export function ContainerMonitorTab({ container }: { container: ContainerDto }) {
  const { id } = container.metadata;
  const { timeWindow, metrics } = useTargetMetrics({ kind: 'container', id });
  return (
    <MetricsPanel
      timeWindow={timeWindow}
      metrics={metrics}
      what="The container’s monitoring data"
      extra={<AlarmRulesLink clusterId={container.spec.clusterId} instance={{ kind: 'container', id }} />}
    />
  );
}
