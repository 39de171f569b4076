import type { ConfigProviderProps, ThemeConfig } from 'antd';
import { LoadingOutlined } from '@ant-design/icons';

/** The console's antd theme: set once in main.tsx. */
export const consoleTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1677ff',
    borderRadius: 6,
  },
  components: {
    Layout: {
      headerBg: '#ffffff',
      headerHeight: 56,
      headerPadding: '0 24px',
      siderBg: '#001529',
      bodyBg: '#f5f7fa',
    },
  },
};

/**
 * Buttons show this icon while loading. antd's default one animates out and, when a request ends
 * within a frame, can stay in the DOM with its "loading" label, so a button named "Sign In" would
 * keep the name "loading Sign In". This one is hidden from assistive technology and leaves at once.
 */
export const buttonConfig: ConfigProviderProps['button'] = {
  loadingIcon: <LoadingOutlined aria-hidden />,
};
