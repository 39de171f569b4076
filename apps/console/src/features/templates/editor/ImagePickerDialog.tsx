import { useState } from 'react';
import { Alert, Flex, Input, Modal, Segmented, Select, Table } from 'antd';
import type { ImageCategory, ImageDto } from '@cs/contracts';
import { useImageTagsQuery } from '../../../data/images/image-tags-query.ts';
import { useImagesQuery } from '../../../data/images/images-query.ts';
import { failureMessage } from '../../../forms/api-failure.ts';
import { ImageAvatar } from '../../images/ImageAvatar.tsx';
import { imageReference } from '../../images/images.utils.ts';

interface ImagePickerDialogProps {
  /** The chosen image as a template names it (`repository:tag`). */
  onPick: (reference: string) => void;
  onCancel: () => void;
}

const PAGE_SIZE = 6;

function VersionSelect({
  image,
  value,
  onChange,
}: {
  image: ImageDto;
  value: string;
  onChange: (tag: string) => void;
}) {
  const tags = useImageTagsQuery(image.name);
  return (
    <Select
      aria-label="Image Version"
      value={value}
      onChange={onChange}
      loading={tags.isPending}
      options={(tags.data?.tags ?? [value]).map((t) => ({ value: t, label: t }))}
      style={{ width: 220 }}
    />
  );
}

/** Add Service, first step: the guide's "select the desired image in the pop-up dialog box". */
export function ImagePickerDialog({ onPick, onCancel }: ImagePickerDialogProps) {
  const [tab, setTab] = useState<ImageCategory>('popular');
  const [name, setName] = useState('');
  const [page, setPage] = useState(1);
  const [chosen, setChosen] = useState<{ image: ImageDto; tag: string }>();
  const images = useImagesQuery({ tab, name: name || undefined, page, pageSize: PAGE_SIZE });

  return (
    <Modal
      open
      title="Select image"
      width={760}
      okText="Next"
      okButtonProps={{ disabled: !chosen }}
      onOk={() => chosen && onPick(imageReference(chosen.image.repository, chosen.tag))}
      onCancel={onCancel}
    >
      <Flex justify="space-between" gap={16} style={{ marginBottom: 12 }}>
        <Segmented<ImageCategory>
          value={tab}
          onChange={(value) => {
            setTab(value);
            setPage(1);
          }}
          options={[
            { value: 'popular', label: 'Popular' },
            { value: 'official', label: 'Official' },
          ]}
        />
        <Input.Search
          aria-label="Search by image name"
          placeholder="Search by image name"
          allowClear
          onSearch={(value) => {
            setName(value.trim());
            setPage(1);
          }}
          style={{ width: 280 }}
        />
      </Flex>
      {images.isError && <Alert type="error" showIcon title={failureMessage(images.error)} />}
      <Table<ImageDto>
        aria-label="Images to choose from"
        rowKey={(i) => i.name}
        size="small"
        dataSource={images.data?.items}
        loading={images.isPending}
        rowSelection={{
          type: 'radio',
          selectedRowKeys: chosen ? [chosen.image.name] : [],
          onChange: (_keys, rows) => rows[0] && setChosen({ image: rows[0], tag: rows[0].defaultTag }),
          getCheckboxProps: (i) => ({ 'aria-label': i.name }),
        }}
        onRow={(i) => ({ onClick: () => setChosen({ image: i, tag: i.defaultTag }) })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: images.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
        columns={[
          { key: 'image', width: 48, render: (_, i) => <ImageAvatar name={i.name} size={28} /> },
          { title: 'Name', key: 'name', width: 220, render: (_, i) => i.name },
          { title: 'Description', key: 'description', ellipsis: true, render: (_, i) => i.description },
        ]}
      />
      <Flex gap={8} align="center" style={{ marginTop: 12, minHeight: 32 }}>
        {chosen ? (
          <>
            <span>Select image version:</span>
            <VersionSelect
              image={chosen.image}
              value={chosen.tag}
              onChange={(tag) => setChosen({ image: chosen.image, tag })}
            />
            <code style={{ wordBreak: 'break-all' }}>{imageReference(chosen.image.repository, chosen.tag)}</code>
          </>
        ) : (
          <span style={{ color: 'rgba(0, 0, 0, 0.45)' }}>Choose an image, then its version.</span>
        )}
      </Flex>
    </Modal>
  );
}
