/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/**
 * Cartographer domain model shared by the frontend and backend plugins:
 * the carto.run kinds, supply-chain selection, workload validation, the
 * supply-chain graph and diagnosis. Pure functions, no I/O.
 *
 * @packageDocumentation
 */
export * from './types';
export * from './selection';
export * from './validation';
export * from './graph';
export * from './diagnosis';
export * from './health';
export * from './api';
export * from './permissions';
export * from './signals';
export * from './search';
export * from './entities';
export * from './drafts';
export * from './runs';
export * from './approval';
export * from './delivery';
export * from './source';
export * from './history';
export * from './notifications';
export * from './client';
export * from './refusals';
export * from './rows';
