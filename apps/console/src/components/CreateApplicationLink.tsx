import { Button, Tooltip } from 'antd';
import { useNavigate } from 'react-router';

export const CREATE_APPLICATION_NOT_BUILT =
  'The Create Application wizard is not built yet: this opens the Applications page.';

interface CreateApplicationLinkProps {
  /** Where to go: the Applications page, with the image or template to use. */
  to: string;
  /** Names what the application is created from, for assistive technology. */
  ariaLabel: string;
  type?: 'link' | 'primary' | 'default';
}

/** Create Application, which leads to a page not built yet, and says so. */
export function CreateApplicationLink({ to, ariaLabel, type = 'link' }: CreateApplicationLinkProps) {
  const navigate = useNavigate();
  return (
    <Tooltip title={CREATE_APPLICATION_NOT_BUILT}>
      <Button
        type={type}
        size={type === 'link' ? 'small' : 'middle'}
        style={type === 'link' ? { padding: 0 } : undefined}
        aria-label={ariaLabel}
        onClick={() => void navigate(to)}
      >
        Create Application
      </Button>
    </Tooltip>
  );
}
