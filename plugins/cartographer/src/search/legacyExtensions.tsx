/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { createSearchResultListItemExtension } from '@backstage/plugin-search-react';
import {
  CARTOGRAPHER_SUPPLY_CHAIN_DOCUMENT_TYPE,
  CARTOGRAPHER_WORKLOAD_DOCUMENT_TYPE,
} from '@internal/plugin-cartographer-common';
import { cartographerPlugin } from '../plugin';
import { CartographerSearchResultListItemProps } from './SearchResultFrame';

/*
 * The search result items for the legacy frontend system. As children of
 * <SearchResult> each one picks its document type by predicate and comes
 * wrapped in the list item (divider, click tracking) the search page uses
 * for every result; rendered by hand, it shows the `result` it is given.
 */

/**
 * A `cartographer-workload` search result for the legacy frontend system:
 * place it inside `<SearchResult>` on the app's search page.
 * @public
 */
export const CartographerWorkloadSearchResultListItem =
  cartographerPlugin.provide(
    createSearchResultListItemExtension({
      name: 'CartographerWorkloadSearchResultListItem',
      component: () =>
        import('./CartographerWorkloadSearchResultListItem').then(
          m => (props: CartographerSearchResultListItemProps) => (
            // The extension's list item records the click.
            <m.CartographerWorkloadSearchResultListItem {...props} noTrack />
          ),
        ),
      predicate: result => result.type === CARTOGRAPHER_WORKLOAD_DOCUMENT_TYPE,
    }),
  );

/**
 * A `cartographer-supply-chain` search result for the legacy frontend
 * system: place it inside `<SearchResult>` on the app's search page.
 * @public
 */
export const CartographerSupplyChainSearchResultListItem =
  cartographerPlugin.provide(
    createSearchResultListItemExtension({
      name: 'CartographerSupplyChainSearchResultListItem',
      component: () =>
        import('./CartographerSupplyChainSearchResultListItem').then(
          m => (props: CartographerSearchResultListItemProps) => (
            <m.CartographerSupplyChainSearchResultListItem {...props} noTrack />
          ),
        ),
      predicate: result =>
        result.type === CARTOGRAPHER_SUPPLY_CHAIN_DOCUMENT_TYPE,
    }),
  );
