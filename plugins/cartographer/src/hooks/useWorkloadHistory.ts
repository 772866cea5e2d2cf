/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { useApi } from '@backstage/frontend-plugin-api';
import {
  HistoryResponse,
  MetricsResponse,
  MetricsWindowName,
  WORKLOADS_SIGNAL_CHANNEL,
  workloadSignalChannel,
} from '@internal/plugin-cartographer-common';
import { cartographerApiRef, WorkloadKey } from '../api';
import { LiveAsyncState, useLiveAsync } from './useLiveAsync';

/** A workload's commit timeline, read again when the workload changes. */
export function useWorkloadHistory(
  workload: WorkloadKey,
): LiveAsyncState<HistoryResponse> {
  const api = useApi(cartographerApiRef);
  const { cluster, namespace, name } = workload;
  return useLiveAsync(
    () => api.getWorkloadHistory({ cluster, namespace, name }),
    {
      key: `${cluster}/${namespace}/${name}`,
      channel: workloadSignalChannel(cluster, namespace, name),
    },
  );
}

/** A workload's delivery metrics over a window, kept current like its timeline. */
export function useWorkloadMetrics(
  workload: WorkloadKey,
  window: MetricsWindowName,
): LiveAsyncState<MetricsResponse> {
  const api = useApi(cartographerApiRef);
  const { cluster, namespace, name } = workload;
  return useLiveAsync(
    () => api.getWorkloadMetrics({ cluster, namespace, name }, window),
    {
      key: `${cluster}/${namespace}/${name}/${window}`,
      channel: workloadSignalChannel(cluster, namespace, name),
    },
  );
}

/** The delivery metrics of a catalog entity's workloads over a window. */
export function useEntityMetrics(
  entityRef: string,
  window: MetricsWindowName,
): LiveAsyncState<MetricsResponse> {
  const api = useApi(cartographerApiRef);
  // Any workload may count, so any change announces a refresh; throttled,
  // as an aggregate need not follow each one.
  return useLiveAsync(() => api.getMetrics({ entityRef, window }), {
    key: `${entityRef}/${window}`,
    channel: WORKLOADS_SIGNAL_CHANNEL,
    throttleMs: 30_000,
  });
}
