import type { ContainerCountsDto } from '@cs/contracts';
import { containerStatusText } from '@cs/domain';

/** The Container Status column: "Ready:3 Stop:0" (and "Other:n" while some are neither). */
export function ContainerCountsText({ counts }: { counts: ContainerCountsDto }) {
  return <span style={{ whiteSpace: 'nowrap' }}>{containerStatusText(counts)}</span>;
}
