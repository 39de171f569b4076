import { App, Button, Flex, Tag } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { Session } from '@cs/contracts';
import { useSessionQuery } from '../data/session/session-query.ts';
import { useSignOutMutation } from '../data/session/sign-out-mutation.ts';
import { SIGN_IN_PATH } from '../features/auth/auth.utils.ts';

const ROLE_LABELS: Record<Session['role'], string> = {
  primary: 'Primary account',
  subaccount: 'Subaccount',
};

/** The top bar: who is signed in, and signing out. */
export function TopBar() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: session } = useSessionQuery();
  const signOut = useSignOutMutation({
    onSuccess: () => void navigate(SIGN_IN_PATH, { replace: true }),
    onError: (error) => void message.error(`Signing out failed: ${error.message}`),
  });

  return (
    <Flex align="center" justify="flex-end" gap={16} style={{ height: '100%' }}>
      {session && (
        <Flex align="center" gap={8} aria-label="Signed-in user" role="group">
          <UserOutlined aria-hidden />
          <strong>{session.username}</strong>
          <Tag color={session.role === 'primary' ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
            {ROLE_LABELS[session.role]}
          </Tag>
        </Flex>
      )}
      <Button icon={<LogoutOutlined aria-hidden />} loading={signOut.isPending} onClick={() => signOut.mutate()}>
        Sign Out
      </Button>
    </Flex>
  );
}
