/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export { RunsTable } from './RunsTable';
export type { RunsTableProps } from './RunsTable';
