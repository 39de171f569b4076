import { Button, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ImageDto } from '@cs/contracts';
import { ImageAvatar } from './ImageAvatar.tsx';
import { SOURCE_NAMES } from './images.utils.ts';

/** The guide's columns of the image list: Image, Name, Type, Source, Stars, Description, Action. */
export function imageColumns(onCreateApplication: (image: ImageDto) => void): TableColumnsType<ImageDto> {
  return [
    { title: 'Image', key: 'image', width: 72, render: (_, i) => <ImageAvatar name={i.name} /> },
    {
      title: 'Name',
      key: 'name',
      width: 230,
      render: (_, i) => (
        <>
          <div style={{ fontWeight: 500, wordBreak: 'break-all' }}>{i.name}</div>
          {i.repository !== i.name && (
            <div style={{ fontSize: 12, color: 'rgba(0, 0, 0, 0.45)', wordBreak: 'break-all' }}>{i.repository}</div>
          )}
        </>
      ),
    },
    { title: 'Type', key: 'type', width: 80, render: (_, i) => i.type },
    {
      title: 'Source',
      key: 'source',
      width: 120,
      render: (_, i) => (
        <Tooltip title={SOURCE_NAMES[i.source]}>
          <span>{i.source}</span>
        </Tooltip>
      ),
    },
    { title: 'Stars', key: 'stars', width: 70, align: 'right', render: (_, i) => i.stars },
    { title: 'Description', key: 'description', render: (_, i) => i.description },
    {
      title: 'Action',
      key: 'action',
      width: 150,
      render: (_, i) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          aria-label={`Create Application from ${i.name}`}
          onClick={() => onCreateApplication(i)}
        >
          Create Application
        </Button>
      ),
    },
  ];
}
