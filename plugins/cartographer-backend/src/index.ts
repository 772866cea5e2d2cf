/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/**
 * Cartographer for Backstage backend plugin.
 *
 * @packageDocumentation
 */
export { cartographerPlugin as default } from './plugin';
export {
  cartographerSupplyChainConditions,
  cartographerSupplyChainPermissionRules,
  createCartographerSupplyChainConditionalDecision,
  supplyChainPermissionResourceRef,
  cartographerWorkloadConditions,
  cartographerWorkloadPermissionRules,
  createCartographerWorkloadConditionalDecision,
  workloadPermissionResourceRef,
} from './permissions/rules';
