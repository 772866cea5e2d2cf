/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/**
 * Catalog backend module: a Component per application running through
 * Cartographer.
 *
 * @packageDocumentation
 */
export { catalogModuleCartographer as default } from './module';
export { CartographerEntityProvider } from './providers/CartographerEntityProvider';
export type { CartographerEntityProviderOptions } from './providers/CartographerEntityProvider';
export { CartographerMergeProcessor } from './providers/CartographerMergeProcessor';
export type {
  CartographerProviderConfig,
  ConflictMode,
} from './providers/config';
export type { EntityOptions } from './providers/applications';
