import { useState } from 'react';
import { Button, Drawer, Flex, Table, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ApplicationDto, ApplicationVersionList } from '@cs/contracts';
import { formatDateTime } from '../../../components/date-time.utils.ts';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { useApplicationVersionsQuery } from '../../../data/applications/application-versions-query.ts';
import { applicationActionProblem } from '../applications.utils.ts';
import type { Followed } from '../operations/operation-outcome.utils.ts';
import { TemplateDiff } from '../template/TemplateDiff.tsx';
import { TemplateText } from '../template/TemplateText.tsx';
import { RollbackDialog } from './RollbackDialog.tsx';

type Version = ApplicationVersionList['items'][number];

interface VersionHistoryProps {
  application: ApplicationDto;
  onAccepted: (followed: Followed) => void;
}

/** Version History: every version's template, the current one marked, and Rollback to an earlier one. */
export function VersionHistory({ application, onAccepted }: VersionHistoryProps) {
  const versions = useApplicationVersionsQuery({ id: application.metadata.id });
  const [viewing, setViewing] = useState<Version>();
  const [rollingBack, setRollingBack] = useState<Version>();
  const problem = applicationActionProblem(application, 'update');
  const current = versions.data?.items.find((v) => v.current);

  const columns: TableColumnsType<Version> = [
    {
      title: 'Version',
      key: 'version',
      render: (_, v) => (
        <Flex gap={8} align="center">
          <span>{v.version}</span>
          {v.current && <Tag color="blue">Current</Tag>}
        </Flex>
      ),
    },
    { title: 'Time Created', key: 'createdAt', width: 200, render: (_, v) => formatDateTime(v.createdAt) },
    {
      title: 'Action',
      key: 'action',
      width: 220,
      render: (_, v) => (
        <Flex gap={12}>
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setViewing(v)}>
            View Template
          </Button>
          {!v.current && (
            <Tooltip title={problem}>
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                disabled={problem !== undefined}
                aria-label={`Rollback to ${v.version}`}
                onClick={() => setRollingBack(v)}
              >
                Rollback
              </Button>
            </Tooltip>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <>
      {versions.isError && (
        <LoadFailureAlert what="The versions" error={versions.error} onRetry={() => void versions.refetch()} />
      )}
      <Table<Version>
        aria-label="Versions"
        rowKey="version"
        size="middle"
        columns={columns}
        dataSource={versions.data?.items}
        loading={versions.isPending}
        pagination={false}
      />
      {viewing && (
        <Drawer open size={1000} title={`Template of version ${viewing.version}`} onClose={() => setViewing(undefined)}>
          {viewing.current || !current ? (
            <TemplateText content={viewing.template} maxHeight={10_000} />
          ) : (
            <TemplateDiff
              note="Compared with the current version: what Rollback to this version would change."
              original={current.template}
              modified={viewing.template}
              originalTitle={`Current: version ${current.version}`}
              modifiedTitle={`Version ${viewing.version}`}
              height={560}
            />
          )}
        </Drawer>
      )}
      {rollingBack && (
        <RollbackDialog
          application={application}
          version={rollingBack.version}
          onClose={() => setRollingBack(undefined)}
          onAccepted={onAccepted}
        />
      )}
    </>
  );
}
