import type { CSSProperties, ReactNode } from 'react';
import { Tooltip } from 'antd';
import type { ContainerDto } from '@cs/contracts';
import type { ContainerAction } from '../../data/containers/container-lifecycle-mutation.ts';
import { ContainerStateTag } from '../workloads/ContainerStateTag.tsx';
import { HealthCheckTag } from '../workloads/HealthCheckTag.tsx';
import { ContainerActions } from './ContainerActions.tsx';
import { portMappingText, portText, shortContainerId, shortDigest } from './containers.utils.ts';

const line: CSSProperties = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' };
const secondary: CSSProperties = { ...line, color: 'rgba(0, 0, 0, 0.45)', fontSize: 12 };
const mono: CSSProperties = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

export const cellStyle: CSSProperties = { padding: '0 8px', minWidth: 0, alignSelf: 'center' };

function Cell({ children }: { children: ReactNode }) {
  return (
    <div role="cell" style={cellStyle}>
      {children}
    </div>
  );
}

function Ports({ ports, nodeIp }: { ports: ContainerDto['status']['ports']; nodeIp: string }) {
  const [first, ...more] = ports;
  if (!first) return <span style={{ color: 'rgba(0, 0, 0, 0.45)' }}>-</span>;
  return (
    <Tooltip
      title={ports.map((p) => (
        <div key={`${p.containerPort}/${p.protocol}`}>{portMappingText(p, nodeIp)}</div>
      ))}
    >
      <div style={line} tabIndex={0}>
        {portText(first, nodeIp)}
        {more.length > 0 && <span style={{ color: 'rgba(0, 0, 0, 0.45)' }}> +{more.length}</span>}
      </div>
    </Tooltip>
  );
}

interface ContainerRowCellsProps {
  container: ContainerDto;
  pending: ContainerAction | undefined;
  onAction: (action: ContainerAction, container: ContainerDto) => void;
}

/** The cells of one container's row, in the guide's column order. */
export function ContainerRowCells({ container, pending, onAction }: ContainerRowCellsProps) {
  const { metadata, spec, status } = container;
  return (
    <>
      <Cell>
        <div style={line} title={metadata.name}>
          {metadata.name}
        </div>
        <Tooltip title={metadata.id}>
          <div style={{ ...secondary, ...mono }}>{shortContainerId(metadata.id)}</div>
        </Tooltip>
      </Cell>
      <Cell>
        <ContainerStateTag state={status.phase} reason={status.reason} />
      </Cell>
      <Cell>
        <HealthCheckTag health={status.health} />
      </Cell>
      <Cell>
        <div style={line} title={spec.image}>
          {spec.image}
        </div>
        {status.imageDigest ? (
          <Tooltip title={status.imageDigest}>
            <div style={{ ...secondary, ...mono }}>{shortDigest(status.imageDigest)}</div>
          </Tooltip>
        ) : (
          <div style={secondary}>Not pulled yet</div>
        )}
      </Cell>
      <Cell>
        <Ports ports={status.ports} nodeIp={status.nodeIp} />
      </Cell>
      <Cell>{status.containerIp || '-'}</Cell>
      <Cell>{status.nodeIp || '-'}</Cell>
      <Cell>
        <ContainerActions container={container} pending={pending} onAction={onAction} />
      </Cell>
    </>
  );
}
