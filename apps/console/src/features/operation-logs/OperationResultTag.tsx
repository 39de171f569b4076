import { Tag, Tooltip } from 'antd';
import type { OperationLogDto } from '@cs/contracts';

/** Succeeded or Failed; a failure's reason shows on hover. */
export function OperationResultTag({ record }: { record: OperationLogDto }) {
  const tag = (
    <Tag color={record.result === 'Succeeded' ? 'green' : 'red'} style={{ marginInlineEnd: 0 }}>
      {record.result}
    </Tag>
  );
  return record.errorMessage ? <Tooltip title={record.errorMessage}>{tag}</Tooltip> : tag;
}
