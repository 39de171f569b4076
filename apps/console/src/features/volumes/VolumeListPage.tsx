import { useEffect, useState } from 'react';
import type { Key } from 'react';
import { App, Button, Card, Flex, Space, Table } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import type { VolumeRowDto } from '@cs/contracts';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { NameSearchBar } from '../../components/NameSearchBar.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useClustersQuery } from '../../data/clusters/clusters-query.ts';
import { useVolumesDeleteMutation } from '../../data/volumes/volumes-delete-mutation.ts';
import { useVolumesQuery } from '../../data/volumes/volumes-query.ts';
import { failureMessage } from '../../forms/api-failure.ts';
import { ClusterSelect } from '../nodes/ClusterSelect.tsx';
import { CreateVolumeDialog } from './CreateVolumeDialog.tsx';
import { ViewVolumeDialog } from './ViewVolumeDialog.tsx';
import { VolumeGuideHelp } from './VolumeGuideHelp.tsx';
import { volumeColumns } from './volumeColumns.tsx';
import { batchDeleteSummary, namesToDelete, volumeRowKey } from './volumes.utils.ts';

const PAGE_SIZE = 20;
type Dialog = { kind: 'create' } | { kind: 'view'; volumeId: string } | undefined;

/** The Data Volume List of the selected cluster (`?clusterId=`, `?name=`, `?page=`): local and OSSFS volumes. */
export function VolumeListPage() {
  const { message, modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const clusters = useClustersQuery({});
  const items = clusters.data?.items;
  const clusterId = params.get('clusterId') ?? undefined;
  const cluster = items?.find((c) => c.metadata.id === clusterId);
  const firstId = items?.[0]?.metadata.id;
  const name = params.get('name') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [dialog, setDialog] = useState<Dialog>();
  const [selected, setSelected] = useState<Key[]>([]);

  useEffect(() => {
    // No cluster chosen yet: the first one, written into the URL so the view can be linked.
    if (!clusterId && firstId) setParams({ clusterId: firstId }, { replace: true });
  }, [clusterId, firstId, setParams]);

  const list = useVolumesQuery(
    { clusterId: clusterId ?? '', name: name || undefined, page, pageSize: PAGE_SIZE },
    { enabled: Boolean(cluster) },
  );
  const remove = useVolumesDeleteMutation();

  const deleteNames = (names: string[], title: string) => {
    if (!clusterId || names.length === 0) return;
    modal.confirm({
      title,
      content: `Are you sure you want to delete the data volumes named ${names.join(', ')} on every node of the cluster?`,
      okText: 'OK',
      okButtonProps: { danger: true },
      onOk: async () => {
        const results = [];
        for (const n of names)
          results.push(
            await remove
              .mutateAsync({ clusterId, name: n })
              .then(() => ({ name: n }))
              .catch((error: unknown) => ({ name: n, error: failureMessage(error) })),
          );
        const { deleted, refused } = batchDeleteSummary(results);
        if (deleted.length > 0) void message.success(`Deleted the data volumes named ${deleted.join(', ')}.`);
        for (const r of refused) void message.error(r, 8);
        setSelected([]);
      },
    });
  };

  const columns = volumeColumns((action, row: VolumeRowDto) => {
    if (action === 'view' && row.volumeId) return setDialog({ kind: 'view', volumeId: row.volumeId });
    deleteNames([row.name], 'Delete All Volumes with the Same Name');
  });
  const rows = list.data?.items ?? [];
  const query = (patch: Record<string, string | undefined>) => {
    const next = { clusterId, name: name || undefined, ...patch };
    setParams(Object.fromEntries(Object.entries(next).filter((e): e is [string, string] => Boolean(e[1]))));
  };

  return (
    <>
      <PageHeading
        title="Data Volume List"
        extra={
          <Space>
            <VolumeGuideHelp />
            <Button
              icon={<ReloadOutlined aria-hidden />}
              loading={list.isFetching && !list.isPending}
              onClick={() => void list.refetch()}
            >
              Refresh
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              disabled={!cluster}
              onClick={() => setDialog({ kind: 'create' })}
            >
              Create
            </Button>
          </Space>
        }
      />
      {(clusters.isError || list.isError) && (
        <LoadFailureAlert what="The data volumes" error={clusters.error ?? list.error} />
      )}
      <Card>
        <Flex gap={12} align="center" style={{ marginBottom: 16 }} wrap>
          <span>Cluster:</span>
          <ClusterSelect
            clusters={items}
            loading={clusters.isPending}
            value={clusterId}
            onChange={(id) => {
              setSelected([]);
              setParams({ clusterId: id });
            }}
          />
          {clusterId && items && !cluster && <span role="alert">This cluster does not exist or has been deleted.</span>}
        </Flex>
        <NameSearchBar
          id="volume-name"
          help="All the data volumes of the cluster, local and third-party (OSSFS), with the containers that reference them."
          placeholder="Search by volume name"
          ariaLabel="Search data volumes"
          value={name}
          resetKey={clusterId ?? ''}
          onSearch={(n) => query({ name: n, page: undefined })}
        />
        <Table<VolumeRowDto>
          aria-label="Data volumes"
          rowKey={volumeRowKey}
          columns={columns}
          loading={Boolean(cluster) && list.isPending}
          dataSource={cluster ? rows : []}
          tableLayout="fixed"
          scroll={{ x: 1090 }}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: setSelected,
            getCheckboxProps: (r) => ({ 'aria-label': `Select ${r.displayName} on ${r.nodeName}` }),
          }}
          locale={{ emptyText: 'Could not find any record that met the condition.' }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total,
            showSizeChanger: false,
            onChange: (p) => query({ page: String(p) }),
          }}
          footer={() => (
            <Button
              disabled={selected.length === 0}
              onClick={() => deleteNames(namesToDelete(rows, selected), 'Batch Delete')}
            >
              Batch Delete
            </Button>
          )}
        />
      </Card>
      {dialog?.kind === 'create' && cluster && (
        <CreateVolumeDialog cluster={cluster} onClose={() => setDialog(undefined)} />
      )}
      {dialog?.kind === 'view' && <ViewVolumeDialog volumeId={dialog.volumeId} onClose={() => setDialog(undefined)} />}
    </>
  );
}
