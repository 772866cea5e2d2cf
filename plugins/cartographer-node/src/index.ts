/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/**
 * Node library for backend plugins and modules that talk to the
 * Cartographer for Backstage backend over HTTP (scaffolder actions, search
 * collators, catalog providers), so every rule stays enforced in one place.
 *
 * @packageDocumentation
 */
export { CartographerBackendClient } from './client/CartographerBackendClient';
export type { CartographerBackendClientOptions } from './client/CartographerBackendClient';
export type {
  CartographerBackendApi,
  CartographerRequestOptions,
  CartographerWorkloadKey,
  CartographerWorkloadsQuery,
} from './client/types';
export { cartographerClientServiceRef } from './serviceRef';
// Re-exported for modules that only depend on this library.
export { WORKLOAD_ENTITY_ANNOTATIONS } from '@internal/plugin-cartographer-common';
