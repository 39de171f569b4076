import { useState } from 'react';
import type { ReactNode } from 'react';
import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import {
  ApiOutlined,
  AppstoreOutlined,
  ClusterOutlined,
  CloudServerOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  ExperimentOutlined,
  DeploymentUnitOutlined,
  FileSearchOutlined,
  ProfileOutlined,
  RocketOutlined,
} from '@ant-design/icons';
import { Link, useLocation } from 'react-router';
import { NAV_ENTRIES, openNavKeys, selectedNavKey } from './navigation.utils.ts';
import type { NavEntry } from './navigation.utils.ts';

type MenuItem = Required<MenuProps>['items'][number];

/** Icons are decoration: hidden from assistive technology, so each item's name is its label alone. */
const NAV_ICONS: Record<string, ReactNode> = {
  '/': <DashboardOutlined aria-hidden />,
  '/applications': <AppstoreOutlined aria-hidden />,
  '/services': <ApiOutlined aria-hidden />,
  '/clusters': <ClusterOutlined aria-hidden />,
  '/nodes': <CloudServerOutlined aria-hidden />,
  '/volumes': <DatabaseOutlined aria-hidden />,
  'images-and-templates': <FileSearchOutlined aria-hidden />,
  '/operation-logs': <ProfileOutlined aria-hidden />,
  'server-load-balancer': <DeploymentUnitOutlined aria-hidden />,
  '/getting-started': <RocketOutlined aria-hidden />,
  '/simulation': <ExperimentOutlined aria-hidden />,
};

function toMenuItem(entry: NavEntry): MenuItem {
  const icon = NAV_ICONS[entry.key];
  if (entry.children) {
    return { key: entry.key, icon, label: entry.label, children: entry.children.map(toMenuItem) };
  }
  return { key: entry.key, icon, label: <Link to={entry.key}>{entry.label}</Link> };
}

const MENU_ITEMS = NAV_ENTRIES.map(toMenuItem);

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** The left navigation; the selected entry follows the URL and its group opens when you arrive. */
export function NavigationMenu() {
  const { pathname } = useLocation();
  const [openKeys, setOpenKeys] = useState(() => openNavKeys(pathname));
  const [openedFor, setOpenedFor] = useState(pathname);
  if (openedFor !== pathname) {
    setOpenedFor(pathname);
    setOpenKeys(union(openKeys, openNavKeys(pathname)));
  }
  const selected = selectedNavKey(pathname);

  return (
    <Menu
      theme="dark"
      mode="inline"
      items={MENU_ITEMS}
      selectedKeys={selected ? [selected] : []}
      openKeys={openKeys}
      onOpenChange={setOpenKeys}
    />
  );
}
