/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export {
  CARTOGRAPHER_SUPPLY_CHAIN_DOCUMENT_TYPE,
  CARTOGRAPHER_WORKLOAD_DOCUMENT_TYPE,
  selectorText,
  supplyChainSearchDocument,
  workloadSearchDocument,
  workloadSearchText,
} from './documents';
export type {
  CartographerSupplyChainDocument,
  CartographerWorkloadDocument,
} from './documents';
export {
  CARTOGRAPHER_RUNNABLE_DOCUMENT_TYPE,
  runnableSearchDocument,
} from './runnableDocument';
export type { CartographerRunnableDocument } from './runnableDocument';
