/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { useApi } from '@backstage/frontend-plugin-api';
import {
  MetricsWindowName,
  WORKLOADS_SIGNAL_CHANNEL,
  WorkloadMetricsItem,
} from '@internal/plugin-cartographer-common';
import { cartographerApiRef, WorkloadKey } from '../api';
import { LiveAsyncState, useLiveAsync } from './useLiveAsync';

/** The backend's limit of workloads per request of GET /metrics/workloads. */
const BATCH = 100;

/** `<cluster>/<namespace>/<name>`, the key of a row and of its metrics. */
export const workloadId = (w: WorkloadKey) =>
  `${w.cluster}/${w.namespace}/${w.name}`;

/**
 * The delivery metrics of each listed workload, by {@link workloadId}: one
 * request per 100 rows, fetched after the rows are shown and refreshed at
 * most every 30 s while workloads change. A workload without an entry is
 * unknown to the backend or has nothing readable.
 */
export function useWorkloadsDelivery(
  workloads: WorkloadKey[],
  window: MetricsWindowName,
): LiveAsyncState<Map<string, WorkloadMetricsItem>> {
  const api = useApi(cartographerApiRef);
  const ids = workloads.map(workloadId);
  const key = `${window}\n${ids.join('\n')}`;
  return useLiveAsync(
    async () => {
      const batches: string[][] = [];
      for (let i = 0; i < ids.length; i += BATCH) {
        batches.push(ids.slice(i, i + BATCH));
      }
      const answers = await Promise.all(
        batches.map(batch => api.getWorkloadsMetrics(batch, window)),
      );
      return new Map(
        answers.flatMap(a => a.items).map(item => [item.workload, item]),
      );
    },
    {
      key,
      channel: WORKLOADS_SIGNAL_CHANNEL,
      throttleMs: 30_000,
      enabled: ids.length > 0,
    },
  );
}
