import { Button, Card, Empty, Pagination, Skeleton, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useTemplatesQuery } from '../../../data/templates/templates-query.ts';
import { TAB_HELP, TAB_LABELS, templateCreatePath, templateTab } from '../templates.utils.ts';
import { TemplateCard } from './TemplateCard.tsx';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { NameSearchBar } from '../../../components/NameSearchBar.tsx';

const PAGE_SIZE = 12;

/** Orchestration Templates: Sample and My Templates (tab in the URL), searched by name prefix. */
export function TemplateListPage() {
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = templateTab(searchParams.get('tab'));
  const name = searchParams.get('name') ?? '';
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const templates = useTemplatesQuery({ tab, name: name || undefined, page, pageSize: PAGE_SIZE });
  const items = templates.data?.items ?? [];

  const setParams = (changes: Record<string, string | undefined>) =>
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });

  const empty = name
    ? `No template name starts with "${name}".`
    : tab === 'mine'
      ? 'You have no templates yet. Click Create, or open a sample and save it as your own.'
      : 'No sample templates.';

  return (
    <>
      <PageHeading
        title="Orchestration Templates"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => void navigate(templateCreatePath())}
          >
            Create
          </Button>
        }
      />
      {templates.isError && (
        <LoadFailureAlert what="The templates" error={templates.error} onRetry={() => void templates.refetch()} />
      )}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key === 'mine' ? 'mine' : undefined, page: undefined })}
          items={(['sample', 'mine'] as const).map((key) => ({ key, label: TAB_LABELS[key] }))}
        />
        <NameSearchBar
          id="template-name-search"
          help={TAB_HELP[tab]}
          placeholder="Template name prefix"
          ariaLabel="Search by template name prefix"
          value={name}
          resetKey={tab}
          onSearch={(next) => setParams({ name: next, page: undefined })}
        />
        {templates.isPending ? (
          <Skeleton active />
        ) : items.length === 0 ? (
          <Empty description={empty} style={{ margin: '32px 0' }} />
        ) : (
          <ul
            aria-label={TAB_LABELS[tab]}
            style={{
              listStyle: 'none',
              margin: 0,
              padding: 0,
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
              gap: 16,
            }}
          >
            {items.map((t) => (
              <li key={t.metadata.id}>
                <TemplateCard template={t} />
              </li>
            ))}
          </ul>
        )}
        <Pagination
          current={page}
          pageSize={PAGE_SIZE}
          total={templates.data?.total ?? 0}
          hideOnSinglePage
          showSizeChanger={false}
          onChange={(next) => setParams({ page: next > 1 ? String(next) : undefined })}
          style={{ marginTop: 16, justifyContent: 'flex-end' }}
        />
      </Card>
    </>
  );
}
