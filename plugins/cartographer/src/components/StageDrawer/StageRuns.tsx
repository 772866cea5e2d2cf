/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { GraphNode, RunHistory } from '@internal/plugin-cartographer-common';
import { WorkloadKey } from '../../api';
import { RunsTable } from '../RunsTable';

/**
 * The runs of a Runnable stage. The Runnable lives in the stamped object's
 * namespace (the workload's when the template names none), which is where
 * older pages are fetched from.
 */
export function StageRuns({
  runs,
  stampedRef,
  workload,
}: {
  runs: RunHistory;
  stampedRef?: GraphNode['stampedRef'];
  workload?: WorkloadKey;
}) {
  const runnable =
    workload && stampedRef?.name
      ? {
          cluster: workload.cluster,
          namespace: stampedRef.namespace ?? workload.namespace,
          name: stampedRef.name,
        }
      : undefined;
  return <RunsTable history={runs} runnable={runnable} />;
}
