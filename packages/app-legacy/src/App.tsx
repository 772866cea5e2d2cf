/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * The demo portal on the legacy frontend system (@backstage/app-defaults),
 * wired by hand the way most existing Backstage apps are. README.md's
 * "Frontend, legacy system" snippets are copied from this file and from
 * components/catalog/EntityPage.tsx and components/search/SearchPage.tsx.
 */
import { createApp } from '@backstage/app-defaults';
import { AppRouter, FlatRoutes } from '@backstage/core-app-api';
import {
  AlertDisplay,
  OAuthRequestDialog,
  SignInPage,
} from '@backstage/core-components';
import {
  CatalogEntityPage,
  CatalogIndexPage,
  catalogPlugin,
} from '@backstage/plugin-catalog';
import { orgPlugin } from '@backstage/plugin-org';
import { ScaffolderPage, scaffolderPlugin } from '@backstage/plugin-scaffolder';
import { ScaffolderFieldExtensions } from '@backstage/plugin-scaffolder-react';
import { NotificationsPage } from '@backstage/plugin-notifications';
import { SearchPage } from '@backstage/plugin-search';
import { SignalsDisplay } from '@backstage/plugin-signals';
import { UserSettingsPage } from '@backstage/plugin-user-settings';
import { Navigate, Route } from 'react-router-dom';
import { apis } from './apis';
import { entityPage } from './components/catalog/EntityPage';
import { Root } from './components/Root';
import { searchPage } from './components/search/SearchPage';
import {
  CartographerRunnablesPage,
  CartographerSupplyChainsPage,
  CartographerWorkloadsPage,
  SupplyChainPickerFieldExtension,
  WorkloadNameFieldExtension,
  WorkloadPreviewFieldExtension,
} from '@internal/plugin-cartographer';

const app = createApp({
  apis,
  bindRoutes({ bind }) {
    bind(catalogPlugin.externalRoutes, {
      createComponent: scaffolderPlugin.routes.root,
      createFromTemplate: scaffolderPlugin.routes.selectedTemplate,
    });
    bind(scaffolderPlugin.externalRoutes, {
      registerComponent: catalogPlugin.routes.catalogIndex,
    });
    bind(orgPlugin.externalRoutes, {
      catalogIndex: catalogPlugin.routes.catalogIndex,
    });
  },
  components: {
    // Guest sign-in, like the new-system demo app; real apps list their providers.
    SignInPage: props => <SignInPage {...props} auto providers={['guest']} />,
  },
});

const routes = (
  <FlatRoutes>
    <Route path="/" element={<Navigate to="catalog" />} />
    <Route path="/catalog" element={<CatalogIndexPage />} />
    <Route
      path="/catalog/:namespace/:kind/:name"
      element={<CatalogEntityPage />}
    >
      {entityPage}
    </Route>
    <Route
      path="/cartographer/workloads"
      element={<CartographerWorkloadsPage />}
    />
    <Route
      path="/cartographer/supply-chains"
      element={<CartographerSupplyChainsPage />}
    />
    <Route
      path="/cartographer/runnables"
      element={<CartographerRunnablesPage />}
    />
    <Route path="/create" element={<ScaffolderPage />}>
      <ScaffolderFieldExtensions>
        <SupplyChainPickerFieldExtension />
        <WorkloadNameFieldExtension />
        <WorkloadPreviewFieldExtension />
      </ScaffolderFieldExtensions>
    </Route>
    <Route path="/search" element={<SearchPage />}>
      {searchPage}
    </Route>
    <Route path="/notifications" element={<NotificationsPage />} />
    <Route path="/settings" element={<UserSettingsPage />} />
  </FlatRoutes>
);

export default app.createRoot(
  <>
    <AlertDisplay />
    <OAuthRequestDialog />
    {/* Live updates: Cartographer views follow the backend's signals. */}
    <SignalsDisplay />
    <AppRouter>
      <Root>{routes}</Root>
    </AppRouter>
  </>,
);
