/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/**
 * Search backend module indexing Cartographer workloads, standalone
 * Runnables and supply chains.
 *
 * @packageDocumentation
 */
export { searchModuleCartographer as default } from './module';
export { CartographerWorkloadCollatorFactory } from './collators/CartographerWorkloadCollatorFactory';
export type { CartographerWorkloadCollatorFactoryOptions } from './collators/CartographerWorkloadCollatorFactory';
export { CartographerSupplyChainCollatorFactory } from './collators/CartographerSupplyChainCollatorFactory';
export type { CartographerSupplyChainCollatorFactoryOptions } from './collators/CartographerSupplyChainCollatorFactory';
export { CartographerRunnableCollatorFactory } from './collators/CartographerRunnableCollatorFactory';
export type { CartographerRunnableCollatorFactoryOptions } from './collators/CartographerRunnableCollatorFactory';
