import { useState } from 'react';
import { Layout } from 'antd';
import { Outlet } from 'react-router';
import { useLiveUpdates } from '../data/live/use-live-updates.ts';
import { NavigationMenu } from './navigation.tsx';
import { TopBar } from './TopBar.tsx';

/** The signed-in console: navigation on the left, the user on top, the page in the middle. */
export function AppLayout() {
  useLiveUpdates();
  const [collapsed, setCollapsed] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* Sticky, so the navigation stays in view down long pages (Create Application, Simulation). */}
      <Layout.Sider
        width={248}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        style={{ position: 'sticky', top: 0, height: '100vh', overflowY: 'auto' }}
      >
        <div style={{ height: 56, display: 'flex', alignItems: 'center', padding: collapsed ? '0 8px' : '0 24px' }}>
          <span style={{ color: '#fff', fontWeight: 600, fontSize: collapsed ? 14 : 17, whiteSpace: 'nowrap' }}>
            {collapsed ? 'CS' : 'Container Service'}
          </span>
        </div>
        <nav aria-label="Main navigation">
          <NavigationMenu />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}>
          <TopBar />
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
