import { Button, Space, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import type { VolumeRowDto } from '@cs/contracts';
import { driverLabel } from './volumes.utils.ts';

export type VolumeAction = 'view' | 'delete';

/** Node ids and paths are long words: they break anywhere rather than hide their distinguishing end. */
const WRAP = { wordBreak: 'break-all' } as const;
const LINK = { padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' } as const;

const ellipsis = (text: string) => (
  <Tooltip title={text} placement="topLeft">
    <span>{text}</span>
  </Tooltip>
);

/** Node, Volume Name, Driver, Mount Point, Container, Volume Parameters, Action. */
export function volumeColumns(
  onAction: (action: VolumeAction, row: VolumeRowDto) => void,
): TableColumnsType<VolumeRowDto> {
  return [
    { title: 'Node', key: 'node', width: 170, render: (_, r) => <span style={WRAP}>{r.nodeName}</span> },
    {
      title: 'Volume Name',
      key: 'name',
      width: 130,
      render: (_, r) => <span style={WRAP}>{r.displayName}</span>,
    },
    { title: 'Driver', key: 'driver', width: 120, render: (_, r) => driverLabel(r.driver) },
    {
      title: 'Mount Point',
      key: 'mountPoint',
      width: 190,
      render: (_, r) => <span style={WRAP}>{r.mountPoint}</span>,
    },
    {
      title: 'Container',
      key: 'containers',
      width: 170,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          {r.containers.map((name) => (
            <span key={name} style={WRAP}>
              {name}
            </span>
          ))}
          {r.containerCount > r.containers.length && <span>and {r.containerCount - r.containers.length} more</span>}
        </Space>
      ),
    },
    {
      title: 'Volume Parameters',
      key: 'parameters',
      width: 160,
      ellipsis: { showTitle: false },
      render: (_, r) => (r.parameters ? ellipsis(r.parameters) : null),
    },
    {
      title: 'Action',
      key: 'action',
      width: 150,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          {r.volumeId && (
            <Button
              type="link"
              size="small"
              style={LINK}
              onClick={() => onAction('view', r)}
              aria-label={`View ${r.name}`}
            >
              View
            </Button>
          )}
          <Button
            type="link"
            size="small"
            style={LINK}
            onClick={() => onAction('delete', r)}
            aria-label={`Delete All Volumes with the Same Name ${r.name}`}
          >
            Delete All Volumes with the Same Name
          </Button>
        </Space>
      ),
    },
  ];
}
