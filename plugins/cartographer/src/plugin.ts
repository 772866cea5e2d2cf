/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  createRouteRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { cartographerApiRef, CartographerClient } from './api';
import {
  runnableRouteRef,
  runnablesRouteRef,
  supplyChainRouteRef,
  supplyChainsRouteRef,
  workloadRouteRef,
  workloadsRouteRef,
} from './routes';

/** Where an app mounts the Supply Chain tab (EntityLayout.Route decides the path). */
const entityContentRouteRef = createRouteRef({
  id: 'cartographer:entity-content',
});

/**
 * The Cartographer plugin for the legacy frontend system.
 * @public
 */
export const cartographerPlugin = createPlugin({
  id: 'cartographer',
  apis: [
    createApiFactory({
      api: cartographerApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new CartographerClient(deps),
    }),
  ],
  routes: {
    entityContent: entityContentRouteRef,
    workloads: workloadsRouteRef,
    workload: workloadRouteRef,
    supplyChains: supplyChainsRouteRef,
    supplyChain: supplyChainRouteRef,
    runnables: runnablesRouteRef,
    runnable: runnableRouteRef,
  },
});

/**
 * The Supply Chain tab. In `EntityPage.tsx`:
 * `<EntityLayout.Route path="/supply-chain" title="Supply Chain" if={isCartographerAvailable}><EntityCartographerContent /></EntityLayout.Route>`.
 * @public
 */
export const EntityCartographerContent = cartographerPlugin.provide(
  createRoutableExtension({
    name: 'EntityCartographerContent',
    component: () =>
      import('./components/EntitySupplyChainContent').then(
        m => m.EntitySupplyChainContent,
      ),
    mountPoint: entityContentRouteRef,
  }),
);

/**
 * The delivery metrics of an entity's workloads: on a System page its
 * components', on a Group or User page what it owns. In `EntityPage.tsx`:
 * `<Grid item xs={12}><EntityCartographerDeliveryMetricsCard /></Grid>`.
 * @public
 */
export const EntityCartographerDeliveryMetricsCard = cartographerPlugin.provide(
  createComponentExtension({
    name: 'EntityCartographerDeliveryMetricsCard',
    component: {
      lazy: () =>
        import('./components/CommitHistory').then(
          m => m.EntityDeliveryMetricsCard,
        ),
    },
  }),
);

/**
 * The workloads index with the standalone workload pages below it. In
 * `App.tsx`: `<Route path="/cartographer/workloads" element={<CartographerWorkloadsPage />} />`.
 * @public
 */
export const CartographerWorkloadsPage = cartographerPlugin.provide(
  createRoutableExtension({
    name: 'CartographerWorkloadsPage',
    component: () =>
      import('./components/WorkloadsPage').then(m => m.WorkloadsPage),
    mountPoint: workloadsRouteRef,
  }),
);

/**
 * The supply chains catalogue with one page per chain below it. In
 * `App.tsx`: `<Route path="/cartographer/supply-chains" element={<CartographerSupplyChainsPage />} />`.
 * @public
 */
export const CartographerSupplyChainsPage = cartographerPlugin.provide(
  createRoutableExtension({
    name: 'CartographerSupplyChainsPage',
    component: () =>
      import('./components/SupplyChainsPage').then(m => m.SupplyChainsPage),
    mountPoint: supplyChainsRouteRef,
  }),
);

/**
 * Standalone Runnables with one page per Runnable below it. In `App.tsx`:
 * `<Route path="/cartographer/runnables" element={<CartographerRunnablesPage />} />`.
 * @public
 */
export const CartographerRunnablesPage = cartographerPlugin.provide(
  createRoutableExtension({
    name: 'CartographerRunnablesPage',
    component: () =>
      import('./components/RunnablesPage').then(m => m.RunnablesPage),
    mountPoint: runnablesRouteRef,
  }),
);
