import { useState } from 'react';
import { App, Button, Card, Flex, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import type { CertificateDto } from '@cs/contracts';
import { formatDateTime } from '../../components/date-time.utils.ts';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useCertificateMutation } from '../../data/load-balancers/certificate-mutation.ts';
import { useCertificatesQuery } from '../../data/load-balancers/certificates-query.ts';
import { failureMessage } from '../../forms/api-failure.ts';
import { CreateCertificateDialog } from './CreateCertificateDialog.tsx';
import { RegionSelect } from './RegionSelect.tsx';
import { regionLabel, regionParam } from './load-balancers.utils.ts';

const PAGE_SIZE = 20;

/** Certificates: the region's server and CA certificates, Create Certificate and Delete. */
export function CertificatesPage() {
  const { message, modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const region = regionParam(params.get('region'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [creating, setCreating] = useState(params.get('new') === '1');
  const list = useCertificatesQuery({ region, page, pageSize: PAGE_SIZE });
  const change = useCertificateMutation();

  const remove = (c: CertificateDto) =>
    modal.confirm({
      title: 'Delete Certificate',
      content: `Are you sure you want to delete the certificate ${c.metadata.name}?`,
      okText: 'OK',
      okButtonProps: { danger: true },
      onOk: () =>
        change
          .mutateAsync({ kind: 'delete', id: c.metadata.id })
          .then(() => void message.success(`${c.metadata.name} is deleted.`))
          .catch((error: unknown) => void message.error(failureMessage(error))),
    });

  const columns: TableColumnsType<CertificateDto> = [
    {
      title: 'Certificate Name/ID',
      key: 'name',
      render: (_, c) => (
        <Flex vertical>
          <span>{c.metadata.name}</span>
          <span style={{ color: 'rgba(0, 0, 0, 0.45)' }}>{c.metadata.id}</span>
        </Flex>
      ),
    },
    {
      title: 'Fingerprint',
      key: 'fingerprint',
      width: 260,
      render: (_, c) => <code style={{ fontSize: 12, wordBreak: 'break-all' }}>{c.spec.fingerprint}</code>,
    },
    {
      title: 'Type',
      key: 'type',
      render: (_, c) => (c.spec.type === 'server' ? 'Server Certificate' : 'CA Certificate'),
    },
    { title: 'Domain Name', key: 'cn', render: (_, c) => c.spec.commonName || '-' },
    { title: 'Expires', key: 'validTo', render: (_, c) => formatDateTime(c.spec.validTo) },
    { title: 'Region', key: 'region', render: (_, c) => regionLabel(c.spec.region) },
    {
      title: 'Action',
      key: 'action',
      render: (_, c) => (
        <Button type="link" size="small" danger aria-label={`Delete ${c.metadata.name}`} onClick={() => remove(c)}>
          Delete
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeading
        title="Certificates"
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            Create Certificate
          </Button>
        }
      />
      {list.isError && <LoadFailureAlert what="The certificates" error={list.error} />}
      <Card>
        <Flex style={{ marginBottom: 16 }}>
          <RegionSelect value={region} onChange={(r) => setParams({ region: r })} />
        </Flex>
        <Table<CertificateDto>
          aria-label="Certificates"
          rowKey={(c) => c.metadata.id}
          columns={columns}
          loading={list.isPending}
          dataSource={list.data?.items}
          locale={{ emptyText: 'No certificate in this region. Click Create Certificate to upload one.' }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total,
            showSizeChanger: false,
            onChange: (p) => setParams({ region, page: String(p) }),
          }}
        />
      </Card>
      {creating && <CreateCertificateDialog region={region} onClose={() => setCreating(false)} />}
    </>
  );
}
