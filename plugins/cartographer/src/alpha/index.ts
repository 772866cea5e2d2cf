/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/**
 * The Cartographer plugin for the new frontend system.
 *
 * @packageDocumentation
 */
export { default } from './plugin';
export { cartographerApi } from './apis';
export { entitySupplyChainContent } from './entityContents';
export { supplyChainsPage, workloadsPage } from './pages';
export {
  supplyChainPickerFormField,
  workloadNameFormField,
  workloadPreviewFormField,
} from '../scaffolder/alpha';
export {
  cartographerSupplyChainSearchResultListItem,
  cartographerSupplyChainSearchResultType,
  cartographerWorkloadSearchResultListItem,
  cartographerWorkloadSearchResultType,
} from '../search/alphaExtensions';
