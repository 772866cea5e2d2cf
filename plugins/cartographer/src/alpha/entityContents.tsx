/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { compatWrapper } from '@backstage/core-compat-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isCartographerAvailable } from '../isCartographerAvailable';

/**
 * The Supply Chain tab, on entities with the Kubernetes plugin's
 * annotations. Integrators can change `path`, `title` and `filter` under
 * `app.extensions` (`entity-content:cartographer/supply-chain`).
 */
export const entitySupplyChainContent = EntityContentBlueprint.make({
  name: 'supply-chain',
  params: {
    path: '/supply-chain',
    title: 'Supply Chain',
    group: 'deployment',
    filter: isCartographerAvailable,
    loader: () =>
      import('../components/EntitySupplyChainContent').then(m =>
        compatWrapper(<m.EntitySupplyChainContent />),
      ),
  },
});
