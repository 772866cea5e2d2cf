/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export { CartographerApiClient } from './CartographerApiClient';
export type {
  CartographerApiClientOptions,
  CartographerCallOptions,
  CartographerObjectKey,
  CartographerRunnablesFilter,
  CartographerSupplyChainsFilter,
  CartographerWorkloadsFilter,
} from './CartographerApiClient';
export {
  BackendNotInstalledError,
  backendNotInstalledMessage,
  isBackendMissing,
  responseErrorOf,
} from './errors';
