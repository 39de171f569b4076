import { useMemo } from 'react';
import { Flex, Progress, Tag, Typography } from 'antd';
import type { TestAccessResult } from '@cs/contracts';
import type { ReleaseRole } from '@cs/domain';
import { answerTags, serviceBars, statusTagColor } from './test-access.utils.ts';

/** How many of the first answers are shown in order. */
const ANSWERS_SHOWN = 30;

interface TestAccessResultViewProps {
  result: TestAccessResult;
  /** Each routed service's side of a release, for the colours of its bars. */
  roles: ReadonlyMap<string, ReleaseRole | null>;
}

/** What Test Access found: status codes, the requests each container answered, and the first answers in order. */
export function TestAccessResultView({ result, roles }: TestAccessResultViewProps) {
  const bars = useMemo(() => serviceBars(result, roles), [result, roles]);
  const answers = answerTags(result, bars, ANSWERS_SHOWN);
  return (
    <Flex vertical gap={12} role="region" aria-label="Test access result">
      <Typography.Text>
        {result.total} request{result.total === 1 ? '' : 's'} to <Typography.Text code>{result.url}</Typography.Text>
      </Typography.Text>
      <Flex gap={4} align="center" wrap role="group" aria-label="Status codes">
        <Typography.Text type="secondary" style={{ marginRight: 4 }}>
          Status codes:
        </Typography.Text>
        {result.statuses.map((s) => (
          <Tag key={s.status} color={statusTagColor(s.status)}>
            {s.status} × {s.count}
          </Tag>
        ))}
      </Flex>
      <div>
        <Typography.Text type="secondary">Requests per container:</Typography.Text>
        {bars.length === 0 && <div>No container answered.</div>}
        {bars.map((group) => (
          <div key={group.serviceName} role="group" aria-label={group.serviceName} style={{ marginTop: 8 }}>
            <Flex gap={8} align="baseline">
              <Typography.Text strong>{group.serviceName}</Typography.Text>
              <Typography.Text type="secondary">
                {group.count} request{group.count === 1 ? '' : 's'}
              </Typography.Text>
            </Flex>
            <ul aria-label={`Containers of ${group.serviceName}`} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {group.containers.map((c) => (
                <li key={c.containerName}>
                  <Flex align="center" gap={12}>
                    <span style={{ width: 240, flexShrink: 0, wordBreak: 'break-all' }}>{c.containerName}</span>
                    <Progress
                      percent={c.percent}
                      status="normal"
                      strokeColor={group.color}
                      format={() => `${c.count} (${c.percent}%)`}
                      style={{ flex: 1, margin: 0, maxWidth: 560 }}
                    />
                  </Flex>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      {answers.length > 0 && (
        <div>
          <Typography.Text type="secondary">
            First {answers.length} answer{answers.length === 1 ? '' : 's'}, in order:
          </Typography.Text>
          <Flex gap={4} wrap aria-label="First answers" style={{ marginTop: 4 }}>
            {answers.map((a, i) => (
              <Tag key={i} color={a.color} style={{ marginInlineEnd: 0, fontSize: 11 }}>
                {a.label}
              </Tag>
            ))}
          </Flex>
        </div>
      )}
    </Flex>
  );
}
