import { Flex, Tag } from 'antd';
import type { Overview } from '@cs/contracts';
import { clusterPhaseBreakdown } from './overview.utils.ts';

interface ClusterPhaseTagsProps {
  byPhase: Overview['clusters']['byPhase'];
}

/** How many clusters are in each phase ("Running 3", "Failed 1"); phases with none are left out. */
export function ClusterPhaseTags({ byPhase }: ClusterPhaseTagsProps) {
  const phases = clusterPhaseBreakdown(byPhase);
  if (phases.length === 0) return null;
  return (
    <Flex wrap gap={8} role="list" aria-label="Clusters by status">
      {phases.map(({ phase, count, tone }) => (
        <Tag key={phase} color={tone} role="listitem" style={{ marginInlineEnd: 0 }}>
          {phase} {count}
        </Tag>
      ))}
    </Flex>
  );
}
