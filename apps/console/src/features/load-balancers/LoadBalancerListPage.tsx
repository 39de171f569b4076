import { useMemo, useState } from 'react';
import { App, Button, Card, Flex, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import type { LoadBalancerDto } from '@cs/contracts';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { NameSearchBar } from '../../components/NameSearchBar.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoadBalancerDeleteMutation } from '../../data/load-balancers/load-balancer-delete-mutation.ts';
import { useLoadBalancersQuery } from '../../data/load-balancers/load-balancers-query.ts';
import { failureMessage } from '../../forms/api-failure.ts';
import { CreateLoadBalancerDialog } from './CreateLoadBalancerDialog.tsx';
import { EditLoadBalancerNameDialog } from './EditLoadBalancerNameDialog.tsx';
import { RegionSelect } from './RegionSelect.tsx';
import { loadBalancerColumns } from './loadBalancerColumns.tsx';
import { regionParam } from './load-balancers.utils.ts';

const PAGE_SIZE = 20;
type Dialog = { kind: 'create' } | { kind: 'rename'; lb: LoadBalancerDto } | undefined;

/** Instance Management: the Server Load Balancer instances of a region (`?region=`, `?name=`, `?page=`). */
export function LoadBalancerListPage() {
  const { message, modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const region = regionParam(params.get('region'));
  const name = params.get('name') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [dialog, setDialog] = useState<Dialog>();
  const list = useLoadBalancersQuery({ region, name: name || undefined, page, pageSize: PAGE_SIZE });
  const remove = useLoadBalancerDeleteMutation();

  const columns = useMemo(
    () =>
      loadBalancerColumns((action, lb) => {
        if (action === 'rename') return setDialog({ kind: 'rename', lb });
        modal.confirm({
          title: 'Delete Server Load Balancer',
          content: `Are you sure you want to delete ${lb.metadata.name} (${lb.metadata.id})? Its listeners are deleted with it.`,
          okText: 'OK',
          okButtonProps: { danger: true },
          onOk: () =>
            remove
              .mutateAsync(lb.metadata.id)
              .then(() => void message.success(`${lb.metadata.name} is deleted.`))
              .catch((error: unknown) => void message.error(failureMessage(error))),
        });
      }),
    [message, modal, remove],
  );

  return (
    <>
      <PageHeading
        title="Server Load Balancer"
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog({ kind: 'create' })}>
            Create Server Load Balancer
          </Button>
        }
      />
      {list.isError && (
        <LoadFailureAlert what="The Server Load Balancers" error={list.error} onRetry={() => void list.refetch()} />
      )}
      <Card title="Instance Management">
        <Flex gap={16} align="center" style={{ marginBottom: 16 }}>
          <RegionSelect value={region} onChange={(r) => setParams({ region: r })} />
        </Flex>
        <NameSearchBar
          id="slb-name"
          help="The name or ID of an instance is what aliyun.lb.port_* labels reference it by."
          placeholder="Search by name or ID"
          ariaLabel="Search Server Load Balancers"
          value={name}
          resetKey={region}
          onSearch={(n) => setParams(n ? { region, name: n } : { region })}
        />
        <Table<LoadBalancerDto>
          aria-label="Server Load Balancers"
          rowKey={(lb) => lb.metadata.id}
          columns={columns}
          loading={list.isPending}
          dataSource={list.data?.items}
          locale={{
            emptyText: 'No Server Load Balancer in this region. Click Create Server Load Balancer to add one.',
          }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total,
            showSizeChanger: false,
            onChange: (p) => setParams({ region, ...(name ? { name } : {}), page: String(p) }),
          }}
        />
      </Card>
      {dialog?.kind === 'create' && <CreateLoadBalancerDialog region={region} onClose={() => setDialog(undefined)} />}
      {dialog?.kind === 'rename' && <EditLoadBalancerNameDialog lb={dialog.lb} onClose={() => setDialog(undefined)} />}
    </>
  );
}
