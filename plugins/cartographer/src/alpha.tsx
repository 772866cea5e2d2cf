/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { cartographerApiRef } from './api/CartographerApi';
import { CartographerClient } from './api/CartographerClient';
import { isCartographerAvailable } from './isCartographerAvailable';

const cartographerApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: cartographerApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new CartographerClient(deps),
    }),
});

const supplyChainEntityContent = EntityContentBlueprint.make({
  name: 'supply-chain',
  params: {
    path: '/supply-chain',
    title: 'Supply Chain',
    group: 'deployment',
    filter: isCartographerAvailable,
    loader: () =>
      import('./components/EntitySupplyChainContent/EntitySupplyChainContent').then(
        m => <m.EntitySupplyChainContent />,
      ),
  },
});

/**
 * The Cartographer plugin for the new frontend system.
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'cartographer',
  extensions: [cartographerApi, supplyChainEntityContent],
});
