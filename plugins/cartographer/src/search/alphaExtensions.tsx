/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  SearchFilterResultTypeBlueprint,
  SearchResultItemExtensionComponent,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import {
  CARTOGRAPHER_SUPPLY_CHAIN_DOCUMENT_TYPE,
  CARTOGRAPHER_WORKLOAD_DOCUMENT_TYPE,
} from '@internal/plugin-cartographer-common';
import AccountTreeIcon from '@material-ui/icons/AccountTree';
import DeviceHubIcon from '@material-ui/icons/DeviceHub';

/**
 * Renders `cartographer-workload` results on the search page (new frontend
 * system).
 * @alpha
 */
export const cartographerWorkloadSearchResultListItem =
  SearchResultListItemBlueprint.make({
    name: 'workload',
    params: {
      predicate: result => result.type === CARTOGRAPHER_WORKLOAD_DOCUMENT_TYPE,
      component: () =>
        import('./CartographerWorkloadSearchResultListItem').then(
          m =>
            m.CartographerWorkloadSearchResultListItem as SearchResultItemExtensionComponent,
        ),
    },
  });

/**
 * Renders `cartographer-supply-chain` results on the search page.
 * @alpha
 */
export const cartographerSupplyChainSearchResultListItem =
  SearchResultListItemBlueprint.make({
    name: 'supply-chain',
    params: {
      predicate: result =>
        result.type === CARTOGRAPHER_SUPPLY_CHAIN_DOCUMENT_TYPE,
      component: () =>
        import('./CartographerSupplyChainSearchResultListItem').then(
          m =>
            m.CartographerSupplyChainSearchResultListItem as SearchResultItemExtensionComponent,
        ),
    },
  });

/**
 * The "Workloads" entry of the search page's result type filter.
 * @alpha
 */
export const cartographerWorkloadSearchResultType =
  SearchFilterResultTypeBlueprint.make({
    name: 'workloads',
    params: {
      value: CARTOGRAPHER_WORKLOAD_DOCUMENT_TYPE,
      name: 'Workloads',
      icon: <DeviceHubIcon />,
    },
  });

/**
 * The "Supply chains" entry of the search page's result type filter.
 * @alpha
 */
export const cartographerSupplyChainSearchResultType =
  SearchFilterResultTypeBlueprint.make({
    name: 'supply-chains',
    params: {
      value: CARTOGRAPHER_SUPPLY_CHAIN_DOCUMENT_TYPE,
      name: 'Supply chains',
      icon: <AccountTreeIcon />,
    },
  });
