/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { WorkloadSummary } from '@internal/plugin-cartographer-common';

/** A workload row as `GET /workloads` returns it. */
export function row(
  cluster: string,
  namespace: string,
  name: string,
  labels: Record<string, string> = {},
  annotations?: Record<string, string>,
): WorkloadSummary {
  return {
    cluster,
    namespace,
    name,
    labels,
    annotations,
    partOf: labels['app.kubernetes.io/part-of'],
    state: 'ready',
    summary: 'Ready',
    source: {},
    stale: false,
    entityRefs: [],
  };
}

export const partOf = (app: string) => ({ 'app.kubernetes.io/part-of': app });
