import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
// The ES module: 'antd/locale/en_US' is the CommonJS build, a second copy beside antd's own default.
import enUS from 'antd/es/locale/en_US';
import { RouterProvider } from 'react-router/dom';
import { createAppRouter } from './app/router.tsx';
import { buttonConfig, consoleTheme } from './app/antd-config.tsx';
import { createQueryClient } from './data/query-client.ts';
import { SIGN_IN_PATH, signInPath } from './features/auth/auth.utils.ts';

const queryClient = createQueryClient({
  // A 401 from any query means the session ended: sign in again, then come back here.
  onUnauthorized: () => {
    // Before the first render the route loaders decide; a sign-in already under way needs no help.
    if (!router.state.initialized) return;
    const target = router.state.navigation.location ?? router.state.location;
    if (target.pathname === SIGN_IN_PATH) return;
    void router.navigate(signInPath(target), { replace: true });
  },
});
const router = createAppRouter(queryClient);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ConfigProvider theme={consoleTheme} locale={enUS} button={buttonConfig}>
        <AntApp>
          <RouterProvider router={router} />
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  </StrictMode>,
);
