import { useMemo, useState } from 'react';
import { Card, Table, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import type { ImageDto } from '@cs/contracts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useImagesQuery } from '../../data/images/images-query.ts';
import { ImageVersionDrawer } from './ImageVersionDrawer.tsx';
import { imageColumns } from './imageColumns.tsx';
import { imageTab } from './images.utils.ts';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { NameSearchBar } from '../../components/NameSearchBar.tsx';

const PAGE_SIZE = 20;

const TABS = [
  { key: 'popular', label: 'Popular', help: 'Some common images recommended by the Container Service.' },
  { key: 'official', label: 'Official', help: 'Official images provided by the Docker hub.' },
];

/** Docker Images: the catalogue by category, searchable, each image a start for an application. */
export function ImageListPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = imageTab(searchParams.get('tab'));
  const name = searchParams.get('name') ?? '';
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const [chosen, setChosen] = useState<ImageDto>();
  const images = useImagesQuery({ tab, name: name || undefined, page, pageSize: PAGE_SIZE });
  const columns = useMemo(() => imageColumns(setChosen), []);

  const setParams = (changes: Record<string, string | undefined>) =>
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });

  return (
    <>
      <PageHeading title="Docker Images" />
      {images.isError && (
        <LoadFailureAlert what="The images" error={images.error} onRetry={() => void images.refetch()} />
      )}
      <Card>
        <Tabs
          activeKey={tab}
          // Popular is the default: it stays out of the URL.
          onChange={(key) => setParams({ tab: key === 'popular' ? undefined : key, page: undefined })}
          items={TABS.map(({ key, label }) => ({ key, label }))}
        />
        <NameSearchBar
          id="image-name-search"
          help={TABS.find((t) => t.key === tab)?.help}
          placeholder="Search by image name"
          ariaLabel="Search by image name"
          value={name}
          resetKey={tab}
          onSearch={(next) => setParams({ name: next, page: undefined })}
        />
        <Table<ImageDto>
          aria-label="Images"
          rowKey={(i) => i.name}
          columns={columns}
          dataSource={images.data?.items}
          loading={images.isPending}
          size="middle"
          tableLayout="fixed"
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: images.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            onChange: (next) => setParams({ page: next > 1 ? String(next) : undefined }),
          }}
          locale={{ emptyText: name ? `No image name contains "${name}".` : 'No images.' }}
        />
      </Card>
      {chosen && <ImageVersionDrawer image={chosen} onClose={() => setChosen(undefined)} />}
    </>
  );
}
