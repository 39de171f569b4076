import { Button } from 'antd';
import { useNavigate } from 'react-router';

interface CreateApplicationLinkProps {
  /** Where to go: Create Application, prefilled with the image or template to use. */
  to: string;
  /** Names what the application is created from, for assistive technology. */
  ariaLabel: string;
  type?: 'link' | 'primary' | 'default';
}

/** Create Application from an image or a template: opens the wizard prefilled with it. */
export function CreateApplicationLink({ to, ariaLabel, type = 'link' }: CreateApplicationLinkProps) {
  const navigate = useNavigate();
  return (
    <Button
      type={type}
      size={type === 'link' ? 'small' : 'middle'}
      style={type === 'link' ? { padding: 0 } : undefined}
      aria-label={ariaLabel}
      onClick={() => void navigate(to)}
    >
      Create Application
    </Button>
  );
}
