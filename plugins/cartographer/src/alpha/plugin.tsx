/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { convertLegacyRouteRefs } from '@backstage/core-compat-api';
import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import {
  runnableRouteRef,
  runnablesRouteRef,
  supplyChainRouteRef,
  supplyChainsRouteRef,
  workloadRouteRef,
  workloadsRouteRef,
} from '../routes';
import { cartographerApi } from './apis';
import {
  entityDeliveryMetricsCard,
  entitySupplyChainContent,
} from './entityContents';
import { runnablesPage, supplyChainsPage, workloadsPage } from './pages';
import {
  supplyChainPickerFormField,
  workloadNameFormField,
  workloadPreviewFormField,
} from '../scaffolder/alpha';
import {
  cartographerSupplyChainSearchResultListItem,
  cartographerSupplyChainSearchResultType,
  cartographerWorkloadSearchResultListItem,
  cartographerWorkloadSearchResultType,
} from '../search/alphaExtensions';

/**
 * The Cartographer plugin for the new frontend system. Apps with
 * `app.packages: all` install it by adding the package as a dependency.
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'cartographer',
  title: 'Cartographer',
  info: { packageJson: () => import('../../package.json') },
  routes: convertLegacyRouteRefs({
    workloads: workloadsRouteRef,
    workload: workloadRouteRef,
    supplyChains: supplyChainsRouteRef,
    supplyChain: supplyChainRouteRef,
    runnables: runnablesRouteRef,
    runnable: runnableRouteRef,
  }),
  extensions: [
    cartographerApi,
    entitySupplyChainContent,
    entityDeliveryMetricsCard,
    workloadsPage,
    supplyChainsPage,
    runnablesPage,
    supplyChainPickerFormField,
    workloadNameFormField,
    workloadPreviewFormField,
    cartographerWorkloadSearchResultListItem,
    cartographerSupplyChainSearchResultListItem,
    cartographerWorkloadSearchResultType,
    cartographerSupplyChainSearchResultType,
  ],
});
