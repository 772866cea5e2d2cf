/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { useApi } from '@backstage/frontend-plugin-api';
import {
  WORKLOADS_SIGNAL_CHANNEL,
  WorkloadsResponse,
} from '@internal/plugin-cartographer-common';
import { cartographerApiRef } from '../api';
import { LiveAsyncState, useLiveAsync } from './useLiveAsync';

/** More workloads than one entity plausibly has; the tab does not page. */
const ENTITY_WORKLOAD_LIMIT = 200;

/**
 * The workloads of a catalog entity across all clusters, kept current.
 * Any workload change may add one to or remove one from the entity (labels
 * decide), so the list listens to the fleet-wide channel, throttled.
 */
export function useEntityWorkloads(
  entityRef: string,
): LiveAsyncState<WorkloadsResponse> {
  const api = useApi(cartographerApiRef);
  return useLiveAsync(
    () => api.getWorkloads({ entityRef, limit: ENTITY_WORKLOAD_LIMIT }),
    {
      key: entityRef,
      channel: WORKLOADS_SIGNAL_CHANNEL,
      throttleMs: 3_000,
    },
  );
}
