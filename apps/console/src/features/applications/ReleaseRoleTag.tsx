import { Tag } from 'antd';
import type { ReleaseRole } from '@cs/domain';

/** The guide's colours: blue marks the old service version, green the new, yellow a service the release leaves unchanged. */
const LOOK: Record<ReleaseRole, { color: string; label: string }> = {
  blue: { color: 'blue', label: 'Old version (blue)' },
  green: { color: 'green', label: 'New version (green)' },
  unchanged: { color: 'gold', label: 'Unchanged' },
};

export function ReleaseRoleTag({ role }: { role: ReleaseRole | null }) {
  if (!role) return null;
  const { color, label } = LOOK[role];
  return <Tag color={color}>{label}</Tag>;
}
