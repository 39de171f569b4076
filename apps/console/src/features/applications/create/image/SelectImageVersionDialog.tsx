import { useState } from 'react';
import { Alert, Modal, Radio, Skeleton } from 'antd';
import { ApiError } from '@cs/contracts';
import { LoadFailureAlert } from '../../../../components/LoadFailureAlert.tsx';
import { useImageTagsQuery } from '../../../../data/images/image-tags-query.ts';
import { catalogueName } from './image-form.utils.ts';

interface SelectImageVersionDialogProps {
  image: string;
  version: string;
  onSelect: (version: string) => void;
  onCancel: () => void;
}

/** "Select image version": the image's versions, newest first; click the desired version and OK. */
export function SelectImageVersionDialog({ image, version, onSelect, onCancel }: SelectImageVersionDialogProps) {
  const tags = useImageTagsQuery(catalogueName(image), { retry: false });
  const [chosen, setChosen] = useState(version);
  const unknown = tags.error instanceof ApiError && tags.error.status === 404;

  return (
    <Modal
      open
      title="Select image version"
      okText="OK"
      okButtonProps={{ disabled: !tags.data }}
      onOk={() => onSelect(chosen)}
      onCancel={onCancel}
    >
      {tags.isPending && <Skeleton active />}
      {unknown && (
        <Alert
          type="info"
          showIcon
          title={`${image} is not in the image catalogue: type its version in Image Version.`}
        />
      )}
      {tags.isError && !unknown && <LoadFailureAlert what="The versions" error={tags.error} />}
      {tags.data && (
        <Radio.Group
          aria-label={`Versions of ${image}`}
          value={chosen}
          onChange={(e) => setChosen(String(e.target.value))}
          style={{ display: 'flex', flexDirection: 'column', gap: 8, maxHeight: 360, overflowY: 'auto' }}
          options={tags.data.tags.map((t) => ({ value: t, label: t }))}
        />
      )}
    </Modal>
  );
}
