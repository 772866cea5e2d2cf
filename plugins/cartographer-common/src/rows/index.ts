/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export {
  compareRowKeys,
  mergeSorted,
  pageOfMatches,
  rowSortKey,
  sortedRemove,
  sortedUpsert,
} from './rowOrder';
export type { Sorted } from './rowOrder';
