import { Descriptions, Modal, Spin } from 'antd';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { useVolumeQuery } from '../../data/volumes/volume-query.ts';

const ACCESS_DOMAIN_LABEL = { intranet: 'Intranet', internet: 'Internet', vpc: 'VPC' } as const;

/** View: the parameters of an OSSFS data volume; the Access Key Secret shows masked, as it is never returned. */
export function ViewVolumeDialog({ volumeId, onClose }: { volumeId: string; onClose: () => void }) {
  const volume = useVolumeQuery(volumeId);
  const v = volume.data;
  return (
    <Modal open title="Data Volume Parameters" footer={null} onCancel={onClose}>
      {volume.isError && <LoadFailureAlert what="The data volume" error={volume.error} />}
      {volume.isPending && <Spin />}
      {v && (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label="Name">{v.metadata.name}</Descriptions.Item>
          <Descriptions.Item label="Type">OSS</Descriptions.Item>
          <Descriptions.Item label="Bucket ID">{v.spec.bucket}</Descriptions.Item>
          <Descriptions.Item label="Access Key ID">{v.spec.accessKeyId}</Descriptions.Item>
          <Descriptions.Item label="Access Key Secret">******</Descriptions.Item>
          <Descriptions.Item label="Access Domain Name">
            {ACCESS_DOMAIN_LABEL[v.spec.accessDomain]} ({v.spec.endpoint})
          </Descriptions.Item>
          <Descriptions.Item label="File Caching">{v.spec.fileCaching ? 'Enable' : 'Disable'}</Descriptions.Item>
          <Descriptions.Item label="Optional Parameters">
            {[v.spec.allowOther && 'allow_other', v.spec.noxattr && 'noxattr'].filter(Boolean).join(', ') || 'None'}
          </Descriptions.Item>
          <Descriptions.Item label="Other Parameters">{v.spec.otherParameters.join(' ') || 'None'}</Descriptions.Item>
          <Descriptions.Item label="Mount Point">{v.spec.mountPoint}</Descriptions.Item>
        </Descriptions>
      )}
    </Modal>
  );
}
