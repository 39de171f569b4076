import { Button, Tooltip } from 'antd';

interface LaterPageLinkProps {
  label: string;
  /** Which later page it will open, said in the tooltip. */
  later: string;
}

/** An action of the guide whose page comes with a later issue: shown, disabled, saying so on hover. */
export function LaterPageLink({ label, later }: LaterPageLinkProps) {
  return (
    <Tooltip title={`${later} come with a later version of the console.`}>
      <Button type="link" size="small" disabled style={{ padding: 0, height: 'auto' }}>
        {label}
      </Button>
    </Tooltip>
  );
}
