/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/**
 * Cartographer for Backstage: the Supply Chain tab, the workloads index and
 * the supply chains catalogue. This entry point is the legacy frontend
 * system; the new system's plugin is `@internal/plugin-cartographer/alpha`.
 *
 * @packageDocumentation
 */
export {
  cartographerPlugin,
  CartographerRunnablesPage,
  CartographerSupplyChainsPage,
  CartographerWorkloadsPage,
  EntityCartographerContent,
  EntityCartographerDeliveryMetricsCard,
} from './plugin';
export { isCartographerAvailable } from './isCartographerAvailable';
export {
  runnableRouteRef,
  runnablesRouteRef,
  supplyChainRouteRef,
  supplyChainsRouteRef,
  workloadRouteRef,
  workloadsRouteRef,
} from './routes';
export {
  BackendNotInstalledError,
  cartographerApiRef,
  CartographerClient,
} from './api';
export type {
  CartographerApi,
  RunnablesQuery,
  WorkloadKey,
  WorkloadsQuery,
} from './api';
export * from './search';
export {
  SupplyChainPickerFieldExtension,
  WorkloadNameFieldExtension,
  WorkloadPreviewFieldExtension,
} from './scaffolder';
export type {
  SupplyChainPickerUiOptions,
  SupplyChainPickerValue,
  WorkloadNameUiOptions,
  WorkloadPreviewUiOptions,
} from './scaffolder';
