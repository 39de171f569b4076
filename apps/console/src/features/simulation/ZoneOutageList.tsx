import { Button, Flex, List } from 'antd';
import type { NodeDto } from '@cs/contracts';
import type { OutageVars } from '../../data/simulation/outage-mutation.ts';
import { zonesOf } from './simulation.utils.ts';

interface ZoneOutageListProps {
  clusterId: string;
  nodes: readonly NodeDto[];
  running: OutageVars | undefined;
  onOutage: (vars: OutageVars, what: string) => void;
}

/** The zones of a cluster's nodes, each with Zone Down and Zone Up. */
export function ZoneOutageList({ clusterId, nodes, running, onOutage }: ZoneOutageListProps) {
  const zones = zonesOf(nodes);
  const spinning = (zone: string, down: boolean) =>
    running?.target === 'zone' && running.zone === zone && running.down === down;
  return (
    <List
      aria-label="Zones"
      size="small"
      bordered
      dataSource={zones}
      locale={{ emptyText: 'No zones: the cluster has no nodes.' }}
      renderItem={(z) => (
        <List.Item
          actions={[
            <Button
              key="down"
              size="small"
              danger
              disabled={z.offline === z.nodes}
              loading={spinning(z.zone, true)}
              aria-label={`Zone Down ${z.zone}`}
              onClick={() => onOutage({ target: 'zone', clusterId, zone: z.zone, down: true }, `Zone ${z.zone}`)}
            >
              Zone Down
            </Button>,
            <Button
              key="up"
              size="small"
              disabled={z.offline === 0}
              loading={spinning(z.zone, false)}
              aria-label={`Zone Up ${z.zone}`}
              onClick={() => onOutage({ target: 'zone', clusterId, zone: z.zone, down: false }, `Zone ${z.zone}`)}
            >
              Zone Up
            </Button>,
          ]}
        >
          <Flex gap={12}>
            <strong>{z.zone}</strong>
            <span style={{ color: 'rgba(0, 0, 0, 0.55)' }}>
              {z.nodes} node{z.nodes === 1 ? '' : 's'}
              {z.offline > 0 ? `, ${z.offline} Offline` : ''}
            </span>
          </Flex>
        </List.Item>
      )}
    />
  );
}
