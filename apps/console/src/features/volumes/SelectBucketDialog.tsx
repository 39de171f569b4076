import { useState } from 'react';
import { Modal, Table } from 'antd';
import type { OssBucketDto } from '@cs/contracts';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { useOssBucketsQuery } from '../../data/volumes/oss-buckets-query.ts';
import { formatDateTime } from '../../components/date-time.utils.ts';

interface SelectBucketDialogProps {
  region: string;
  value: string | undefined;
  onSelect: (bucket: string) => void;
  onClose: () => void;
}

/** Select Bucket: the account's OSS buckets in the cluster's region. */
export function SelectBucketDialog({ region, value, onSelect, onClose }: SelectBucketDialogProps) {
  const buckets = useOssBucketsQuery({ region });
  const [picked, setPicked] = useState<string | undefined>(value);
  return (
    <Modal
      open
      title="Select Bucket"
      okText="OK"
      okButtonProps={{ disabled: !picked }}
      onOk={() => {
        if (picked) onSelect(picked);
        onClose();
      }}
      onCancel={onClose}
    >
      {buckets.isError && <LoadFailureAlert what="The buckets" error={buckets.error} />}
      <Table<OssBucketDto>
        aria-label="Buckets"
        rowKey="name"
        size="small"
        loading={buckets.isPending}
        dataSource={buckets.data?.items}
        pagination={false}
        rowSelection={{
          type: 'radio',
          selectedRowKeys: picked ? [picked] : [],
          onChange: (keys) => setPicked(String(keys[0])),
          getCheckboxProps: (b) => ({ 'aria-label': `Select ${b.name}` }),
        }}
        onRow={(b) => ({ onClick: () => setPicked(b.name) })}
        locale={{ emptyText: 'No bucket in this region: create one in the OSS console first.' }}
        columns={[
          { title: 'Bucket', dataIndex: 'name' },
          { title: 'Region', dataIndex: 'regionName' },
          { title: 'Time Created', key: 'createdAt', render: (_, b) => formatDateTime(b.createdAt) },
        ]}
      />
    </Modal>
  );
}
