/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export {
  CartographerSupplyChainSearchResultListItem,
  CartographerWorkloadSearchResultListItem,
} from './legacyExtensions';
export type { CartographerWorkloadSearchResultListItemProps } from './CartographerWorkloadSearchResultListItem';
export type { CartographerSupplyChainSearchResultListItemProps } from './CartographerSupplyChainSearchResultListItem';
export type { CartographerSearchResultListItemProps } from './SearchResultFrame';
