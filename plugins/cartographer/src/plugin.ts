/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { cartographerApiRef } from './api/CartographerApi';
import { CartographerClient } from './api/CartographerClient';

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
});

/**
 * The Supply Chain tab, for `EntityLayout.Route` with `if={isCartographerAvailable}`.
 * @public
 */
export const EntityCartographerContent = cartographerPlugin.provide(
  createComponentExtension({
    name: 'EntityCartographerContent',
    component: {
      lazy: () =>
        import('./components/EntitySupplyChainContent/EntitySupplyChainContent').then(
          m => m.EntitySupplyChainContent,
        ),
    },
  }),
);
