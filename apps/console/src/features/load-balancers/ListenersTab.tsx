import { useState } from 'react';
import { App, Button, Flex, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ListenerDto, LoadBalancerDetailDto } from '@cs/contracts';
import { useCertificatesQuery } from '../../data/load-balancers/certificates-query.ts';
import { useListenerMutation } from '../../data/load-balancers/listener-mutation.ts';
import type { ListenerVars } from '../../data/load-balancers/listener-mutation.ts';
import { failureMessage } from '../../forms/api-failure.ts';
import { AddListenerWizard } from './AddListenerWizard.tsx';
import { PROTOCOL_LABEL, SCHEDULER_LABEL, bandwidthLabel, listenerFamily } from './load-balancers.utils.ts';

const portOf = (protocol: ListenerDto['frontendProtocol'], port: number) => `${PROTOCOL_LABEL[protocol]}:${port}`;

/** Listening: the instance's listeners, Create Listener, and each one's Start, Stop and Delete. */
export function ListenersTab({ lb }: { lb: LoadBalancerDetailDto }) {
  const { message, modal } = App.useApp();
  const [adding, setAdding] = useState(false);
  const change = useListenerMutation();
  const certificates = useCertificatesQuery(
    { region: lb.spec.region, pageSize: 100 },
    { enabled: lb.spec.listeners.some((l) => l.certificateId) },
  );
  const certificateName = (id: string) =>
    certificates.data?.items.find((c) => c.metadata.id === id)?.metadata.name ?? id;

  const act = (kind: 'start' | 'stop' | 'delete', l: ListenerDto) => {
    const vars: ListenerVars = {
      kind,
      listener: { id: lb.metadata.id, port: l.frontendPort, protocol: listenerFamily(l) },
    };
    const run = () =>
      change.mutateAsync(vars).catch((error: unknown) => {
        void message.error(failureMessage(error));
      });
    if (kind !== 'delete') return void run();
    modal.confirm({
      title: 'Delete Listener',
      content: `Are you sure you want to delete the listener ${portOf(l.frontendProtocol, l.frontendPort)}?`,
      okText: 'OK',
      okButtonProps: { danger: true },
      onOk: run,
    });
  };

  const columns: TableColumnsType<ListenerDto> = [
    { title: 'Frontend Protocol/Port', key: 'front', render: (_, l) => portOf(l.frontendProtocol, l.frontendPort) },
    { title: 'Backend Protocol/Port', key: 'back', render: (_, l) => portOf(l.backendProtocol, l.backendPort) },
    {
      title: 'Status',
      key: 'status',
      render: (_, l) =>
        l.status === 'running' ? <Tag color="green">Running</Tag> : <Tag color="default">Stopped</Tag>,
    },
    { title: 'Forwarding Rules', key: 'scheduler', render: (_, l) => SCHEDULER_LABEL[l.scheduler] },
    { title: 'Peak Bandwidth', key: 'bandwidth', render: (_, l) => bandwidthLabel(l.bandwidth) },
    { title: 'Health Check', key: 'health', render: (_, l) => (l.healthCheck.enabled ? 'Activated' : 'Off') },
    {
      title: 'Server Certificate',
      key: 'certificate',
      render: (_, l) => (l.certificateId ? certificateName(l.certificateId) : '-'),
    },
    {
      title: 'Action',
      key: 'action',
      render: (_, l) => {
        const label = portOf(l.frontendProtocol, l.frontendPort);
        return (
          <Flex gap={4}>
            {l.status === 'running' ? (
              <Button type="link" size="small" aria-label={`Stop ${label}`} onClick={() => act('stop', l)}>
                Stop
              </Button>
            ) : (
              <Button type="link" size="small" aria-label={`Start ${label}`} onClick={() => act('start', l)}>
                Start
              </Button>
            )}
            <Button type="link" size="small" danger aria-label={`Delete ${label}`} onClick={() => act('delete', l)}>
              Delete
            </Button>
          </Flex>
        );
      },
    },
  ];

  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
          Create Listener
        </Button>
      </Flex>
      <Table<ListenerDto>
        aria-label="Listeners"
        rowKey={(l) => `${listenerFamily(l)}:${l.frontendPort}`}
        columns={columns}
        dataSource={lb.spec.listeners}
        pagination={false}
        locale={{ emptyText: 'No listener yet. Click Create Listener to add one.' }}
      />
      {adding && (
        <AddListenerWizard loadBalancerId={lb.metadata.id} region={lb.spec.region} onClose={() => setAdding(false)} />
      )}
    </>
  );
}
