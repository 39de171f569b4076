import { Button, Tooltip } from 'antd';

interface ActionLinkProps {
  label: string;
  onClick: () => void;
  /** Why it cannot be done now; disables the link and says so on hover. */
  problem?: string;
  danger?: boolean;
  loading?: boolean;
}

/** One action of a list's Action column, drawn as a link. */
export function ActionLink({ label, onClick, problem, danger, loading }: ActionLinkProps) {
  return (
    <Tooltip title={problem}>
      <Button
        type="link"
        size="small"
        danger={danger}
        loading={loading}
        disabled={problem !== undefined}
        onClick={onClick}
        style={{ padding: 0, height: 'auto' }}
      >
        {label}
      </Button>
    </Tooltip>
  );
}
