/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { compatWrapper } from '@backstage/core-compat-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
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

/**
 * The delivery metrics card on System, Group and User pages: what their
 * member components' supply chains delivered. Change `filter` under
 * `app.extensions` (`entity-card:cartographer/delivery-metrics`).
 */
export const entityDeliveryMetricsCard = EntityCardBlueprint.make({
  name: 'delivery-metrics',
  params: {
    type: 'content',
    filter: 'kind:system,group,user',
    loader: () =>
      import('../components/CommitHistory').then(m =>
        compatWrapper(<m.EntityDeliveryMetricsCard />),
      ),
  },
});
