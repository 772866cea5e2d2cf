/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export { CartographerWorkloadSearchResultListItem } from './CartographerWorkloadSearchResultListItem';
export type { CartographerWorkloadSearchResultListItemProps } from './CartographerWorkloadSearchResultListItem';
export { CartographerSupplyChainSearchResultListItem } from './CartographerSupplyChainSearchResultListItem';
export type { CartographerSupplyChainSearchResultListItemProps } from './CartographerSupplyChainSearchResultListItem';
