import { useState } from 'react';
import { Modal, Table, Tabs, Tag } from 'antd';
import type { TemplateSummary } from '@cs/contracts';
import type { TemplateCategory } from '@cs/domain';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { useTemplatesQuery } from '../../../data/templates/templates-query.ts';
import { TAB_LABELS } from '../../templates/templates.utils.ts';

interface SelectTemplateDialogProps {
  onSelect: (templateId: string) => void;
  onCancel: () => void;
  /** Said above the list (Update: "The new template will overwrite the current template."). */
  note?: string;
}

const PAGE_SIZE = 8;

/** Use Existing Orchestration Template: a Sample or one of My Templates, then Select. */
export function SelectTemplateDialog({ onSelect, onCancel, note }: SelectTemplateDialogProps) {
  const [tab, setTab] = useState<TemplateCategory>('sample');
  const [page, setPage] = useState(1);
  const [chosen, setChosen] = useState<string>();
  const templates = useTemplatesQuery({ tab, page, pageSize: PAGE_SIZE });

  return (
    <Modal
      open
      title="Use Existing Orchestration Template"
      width={820}
      okText="Select"
      okButtonProps={{ disabled: !chosen }}
      onOk={() => chosen && onSelect(chosen)}
      onCancel={onCancel}
    >
      {note && <p style={{ marginTop: 0 }}>{note}</p>}
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          setTab(key === 'mine' ? 'mine' : 'sample');
          setPage(1);
        }}
        items={(['sample', 'mine'] as const).map((key) => ({ key, label: TAB_LABELS[key] }))}
      />
      {templates.isError && <LoadFailureAlert what="The templates" error={templates.error} />}
      <Table<TemplateSummary>
        aria-label="Templates to choose from"
        rowKey={(t) => t.metadata.id}
        size="small"
        dataSource={templates.data?.items}
        loading={templates.isPending}
        rowSelection={{
          type: 'radio',
          selectedRowKeys: chosen ? [chosen] : [],
          onChange: (keys) => setChosen(keys[0] === undefined ? undefined : String(keys[0])),
          getCheckboxProps: (t) => ({ 'aria-label': t.metadata.name }),
        }}
        onRow={(t) => ({ onClick: () => setChosen(t.metadata.id) })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: templates.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: setPage,
        }}
        locale={{ emptyText: tab === 'mine' ? 'You have no templates yet.' : 'No sample templates.' }}
        columns={[
          { title: 'Name', key: 'name', width: 180, render: (_, t) => t.metadata.name },
          { title: 'Description', key: 'description', ellipsis: true, render: (_, t) => t.spec.description || '-' },
          {
            title: 'Services',
            key: 'services',
            width: 220,
            render: (_, t) =>
              t.status.services.map((s) => (
                <Tag key={s.name} style={{ marginBottom: 2 }}>
                  {s.name}
                </Tag>
              )),
          },
        ]}
      />
    </Modal>
  );
}
