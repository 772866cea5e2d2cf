/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  Link,
  Sidebar,
  SidebarDivider,
  SidebarGroup,
  SidebarItem,
  SidebarPage,
  SidebarScrollWrapper,
  SidebarSpace,
} from '@backstage/core-components';
import { NotificationsSidebarItem } from '@backstage/plugin-notifications';
import { SidebarSearchModal } from '@backstage/plugin-search';
import {
  Settings as SidebarSettings,
  UserSettingsSignInAvatar,
} from '@backstage/plugin-user-settings';
import Typography from '@material-ui/core/Typography';
import CreateComponentIcon from '@material-ui/icons/AddCircleOutline';
import CatalogIcon from '@material-ui/icons/Category';
import MenuIcon from '@material-ui/icons/Menu';
import SearchIcon from '@material-ui/icons/Search';
import { PropsWithChildren } from 'react';
// The icons the Cartographer pages use in the new frontend system too.
import SupplyChainsIcon from '@material-ui/icons/AccountTree';
import WorkloadsIcon from '@material-ui/icons/Layers';
import RunnablesIcon from '@material-ui/icons/PlayCircleOutline';

const PortalTitle = () => (
  // White on the dark sidebar; the theme's link blue fails contrast there.
  <Link to="/" underline="none" style={{ color: 'white' }}>
    <Typography variant="h6" component="span" style={{ padding: 16 }}>
      Cartographer
    </Typography>
  </Link>
);

/** The sidebar around every page, with the same items as the new-system app. */
export const Root = ({ children }: PropsWithChildren<{}>) => (
  <SidebarPage>
    <Sidebar>
      <PortalTitle />
      <SidebarGroup label="Search" icon={<SearchIcon />} to="/search">
        <SidebarSearchModal />
      </SidebarGroup>
      <SidebarDivider />
      <SidebarGroup label="Menu" icon={<MenuIcon />}>
        <SidebarItem icon={CatalogIcon} to="catalog" text="Catalog" />
        <SidebarItem icon={CreateComponentIcon} to="create" text="Create" />
        <SidebarDivider />
        <SidebarScrollWrapper>
          {/* The Cartographer pages (App.tsx mounts their routes). */}
          <SidebarItem
            icon={SupplyChainsIcon}
            to="cartographer/supply-chains"
            text="Supply Chains"
          />
          <SidebarItem
            icon={WorkloadsIcon}
            to="cartographer/workloads"
            text="Workloads"
          />
          <SidebarItem
            icon={RunnablesIcon}
            to="cartographer/runnables"
            text="Runnables"
          />
        </SidebarScrollWrapper>
      </SidebarGroup>
      <SidebarSpace />
      <NotificationsSidebarItem />
      <SidebarDivider />
      <SidebarGroup
        label="Settings"
        icon={<UserSettingsSignInAvatar />}
        to="/settings"
      >
        <SidebarSettings />
      </SidebarGroup>
    </Sidebar>
    {children}
  </SidebarPage>
);
