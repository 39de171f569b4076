import { useState } from 'react';
import { Button, Drawer, Flex, Radio, Skeleton } from 'antd';
import { useNavigate } from 'react-router';
import type { ImageDto } from '@cs/contracts';
import { useImageTagsQuery } from '../../data/images/image-tags-query.ts';
import { ImageAvatar } from './ImageAvatar.tsx';
import { applicationCreatePath } from '../applications/application-paths.ts';
import { imageReference } from './images.utils.ts';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';

interface ImageVersionDrawerProps {
  image: ImageDto;
  onClose: () => void;
}

/**
 * "Select image version": the image's versions, its default chosen (the guide: "By default, the
 * Container Service uses the latest version"); OK opens Create Application with the chosen one.
 */
export function ImageVersionDrawer({ image, onClose }: ImageVersionDrawerProps) {
  const navigate = useNavigate();
  const tags = useImageTagsQuery(image.name);
  const [tag, setTag] = useState(image.defaultTag);
  const reference = imageReference(image.repository, tag);

  return (
    <Drawer
      open
      title="Select image version"
      size={440}
      onClose={onClose}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="primary"
            onClick={() => void navigate(applicationCreatePath({ image: image.repository, version: tag }))}
          >
            OK
          </Button>
        </Flex>
      }
    >
      <Flex gap={12} align="center" style={{ marginBottom: 16 }}>
        <ImageAvatar name={image.name} size={40} />
        <div style={{ minWidth: 0 }}>
          <div style={{ fontWeight: 600 }}>{image.name}</div>
          <code style={{ fontSize: 12, wordBreak: 'break-all' }}>{reference}</code>
        </div>
      </Flex>
      {tags.isPending && <Skeleton active />}
      {tags.isError && <LoadFailureAlert what="The versions" error={tags.error} />}
      {tags.data && (
        <Radio.Group
          aria-label={`Versions of ${image.name}`}
          value={tag}
          onChange={(e) => setTag(String(e.target.value))}
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          options={tags.data.tags.map((t) => ({ value: t, label: t }))}
        />
      )}
    </Drawer>
  );
}
