import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ClusterDto, InstanceDto } from '@cs/contracts';
import { useInstancesQuery } from '../../../../data/instances/instances-query.ts';
import { candidateInstancesQuery, instanceAttachProblem } from './attach.utils.ts';
import type { AttachMode } from './attach.utils.ts';
import { LoadFailureAlert } from '../../../../components/LoadFailureAlert.tsx';

const secondary = { color: 'rgba(0, 0, 0, 0.45)', fontSize: 12 };

function columns(mode: AttachMode): TableColumnsType<InstanceDto> {
  return [
    {
      title: 'Instance ID/Name',
      key: 'id',
      width: 250,
      render: (_, instance) => {
        const note = instanceAttachProblem(instance, mode);
        return (
          <>
            <div style={{ whiteSpace: 'nowrap' }}>{instance.metadata.id}</div>
            <div style={secondary}>{instance.metadata.name}</div>
            {note && <div style={{ color: '#d46b08', fontSize: 12 }}>{note}</div>}
          </>
        );
      },
    },
    { title: 'Zone', key: 'zone', width: 130, render: (_, i) => i.spec.zone },
    {
      title: 'IP Address',
      key: 'ip',
      render: (_, i) => (
        <>
          <div>{i.status.privateIp} (Private)</div>
          {i.status.publicIp && <div style={secondary}>{i.status.publicIp} (Public)</div>}
        </>
      ),
    },
    {
      title: 'Operating System',
      key: 'os',
      render: (_, i) => (
        <>
          <div>{i.spec.operatingSystem}</div>
          <div style={secondary}>Linux {i.spec.kernelVersion}</div>
        </>
      ),
    },
    {
      title: 'Status',
      key: 'status',
      width: 100,
      render: (_, i) => <Tag color={i.status.phase === 'Running' ? 'success' : 'default'}>{i.status.phase}</Tag>,
    },
  ];
}

interface InstancePickerProps {
  cluster: ClusterDto;
  mode: AttachMode;
  selected: string[];
  onSelect: (ids: string[]) => void;
}

/** The account's free ECS instances that may join the cluster; several (automatic) or one (manual). */
export function InstancePicker({ cluster, mode, selected, onSelect }: InstancePickerProps) {
  const instances = useInstancesQuery(candidateInstancesQuery(cluster));
  if (instances.isError) {
    return (
      <LoadFailureAlert what="The ECS instances" error={instances.error} onRetry={() => void instances.refetch()} />
    );
  }
  return (
    <Table<InstanceDto>
      aria-label="ECS instances"
      size="small"
      rowKey={(i) => i.metadata.id}
      loading={instances.isPending}
      dataSource={instances.data?.items}
      columns={columns(mode)}
      pagination={false}
      scroll={{ y: 320 }}
      locale={{ emptyText: 'No ECS instance of this region and network type is free to be added.' }}
      rowSelection={{
        type: mode === 'manual' ? 'radio' : 'checkbox',
        selectedRowKeys: selected,
        onChange: (keys) => onSelect(keys.map(String)),
        getCheckboxProps: (instance) => ({
          disabled: instanceAttachProblem(instance, mode) !== undefined,
          'aria-label': instance.metadata.id,
        }),
      }}
    />
  );
}
