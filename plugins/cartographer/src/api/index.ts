/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export { cartographerApiRef } from './types';
export type {
  CartographerApi,
  RunnablesQuery,
  WorkloadKey,
  WorkloadsQuery,
} from './types';
export { CartographerClient } from './CartographerClient';
export { BackendNotInstalledError } from './errors';
