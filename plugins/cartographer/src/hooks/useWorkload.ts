/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { useApi } from '@backstage/frontend-plugin-api';
import {
  WorkloadDetailResponse,
  workloadSignalChannel,
} from '@internal/plugin-cartographer-common';
import { cartographerApiRef, WorkloadKey } from '../api';
import { LiveAsyncState, useLiveAsync } from './useLiveAsync';

/** One workload's full view (graph, diagnosis, selection), kept current. */
export function useWorkload(
  workload: WorkloadKey,
): LiveAsyncState<WorkloadDetailResponse> {
  const api = useApi(cartographerApiRef);
  const { cluster, namespace, name } = workload;
  return useLiveAsync(() => api.getWorkload({ cluster, namespace, name }), {
    key: `${cluster}/${namespace}/${name}`,
    channel: workloadSignalChannel(cluster, namespace, name),
  });
}
