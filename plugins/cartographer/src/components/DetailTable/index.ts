/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export { DetailTable } from './DetailTable';
export type {
  DetailColumn,
  DetailColumnFit,
  DetailTableProps,
} from './DetailTable';
