import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { OperationLogDto } from '@cs/contracts';
import { formatDateTime } from '../../components/date-time.utils.ts';
import { clusterDetailPath } from '../clusters/cluster-paths.ts';
import { OperationResultTag } from './OperationResultTag.tsx';
import { kindLabel, resourcePath } from './operation-logs.utils.ts';

const secondary = { fontSize: 12, color: 'rgba(0, 0, 0, 0.45)' } as const;

function ResourceCell({ record }: { record: OperationLogDto }) {
  const name = record.resourceName ?? record.resourceId;
  const path = resourcePath(record);
  return (
    <>
      <div style={secondary}>{kindLabel(record.resourceKind)}</div>
      {name && (
        <div style={{ wordBreak: 'break-all' }}>{path ? <Link to={path}>{name}</Link> : <span>{name}</span>}</div>
      )}
    </>
  );
}

/** Time, User, Action, Resource, Cluster, Result, Request ID; `clusterNames` names the clusters that still exist. */
export function operationLogColumns(clusterNames: ReadonlyMap<string, string>): TableColumnsType<OperationLogDto> {
  return [
    {
      title: 'Time',
      key: 'time',
      width: 170,
      render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.createdAt)}</span>,
    },
    { title: 'User', key: 'user', width: 130, render: (_, r) => r.userName ?? '-' },
    {
      title: 'Action',
      key: 'action',
      width: 190,
      render: (_, r) => <span style={{ fontWeight: 500 }}>{r.action}</span>,
    },
    { title: 'Resource', key: 'resource', render: (_, r) => <ResourceCell record={r} /> },
    {
      title: 'Cluster',
      key: 'cluster',
      width: 170,
      render: (_, r) => {
        if (!r.clusterId) return '-';
        const name = clusterNames.get(r.clusterId);
        if (name) return <Link to={clusterDetailPath(r.clusterId)}>{name}</Link>;
        // A deleted cluster: its own records still name it.
        const named = r.resourceKind === 'cluster' && r.resourceId === r.clusterId ? r.resourceName : undefined;
        return <span style={{ ...secondary, wordBreak: 'break-all' }}>{named ?? r.clusterId}</span>;
      },
    },
    { title: 'Result', key: 'result', width: 100, render: (_, r) => <OperationResultTag record={r} /> },
    {
      title: 'Request ID',
      key: 'requestId',
      width: 170,
      render: (_, r) => (
        <code style={{ fontSize: 12, wordBreak: 'break-all' }} title={r.requestId}>
          {r.requestId}
        </code>
      ),
    },
  ];
}
