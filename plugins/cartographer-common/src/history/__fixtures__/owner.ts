/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { HistoryOwnerKey } from '../types';

/** The Workload the history tables are about. */
export const owner: HistoryOwnerKey = {
  cluster: 'local',
  kind: 'Workload',
  namespace: 'dev',
  name: 'app',
};
