/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  ClusterInfo,
  WorkloadSummary,
} from '@internal/plugin-cartographer-common';

/** A workload row as `GET /workloads` returns it. */
export function workloadRow(
  cluster: string,
  namespace: string,
  name: string,
  overrides: Partial<WorkloadSummary> = {},
): WorkloadSummary {
  return {
    cluster,
    namespace,
    name,
    labels: { 'app.kubernetes.io/part-of': name },
    partOf: name,
    workloadType: 'web',
    supplyChain: 'source-to-url',
    state: 'ready',
    summary: 'Ready',
    source: {
      git: { url: `https://github.com/sample-org/${name}`, branch: 'main' },
    },
    stale: false,
    entityRefs: [],
    ...overrides,
  };
}

export function clusterInfo(
  name: string,
  state: ClusterInfo['state'] = 'ready',
  lastError?: string,
): ClusterInfo {
  return { name, state, lastError, apiRequests: 0, kinds: [] };
}
