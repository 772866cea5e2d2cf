/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export { DeliverablesTable } from './DeliverablesTable';
export type { DeliverablesTableProps } from './DeliverablesTable';
