/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { useApi } from '@backstage/frontend-plugin-api';
import {
  entitySignalChannel,
  WorkloadsResponse,
} from '@internal/plugin-cartographer-common';
import { cartographerApiRef } from '../api';
import { LiveAsyncState, useLiveAsync } from './useLiveAsync';

/** More workloads than one entity plausibly has; the tab does not page. */
const ENTITY_WORKLOAD_LIMIT = 200;

/**
 * The workloads of a catalog entity across all clusters, kept current.
 * The backend announces every change to a workload of this entity
 * (including one relabelled into or out of it) on the entity's channel.
 */
export function useEntityWorkloads(
  entityRef: string,
): LiveAsyncState<WorkloadsResponse> {
  const api = useApi(cartographerApiRef);
  return useLiveAsync(
    () => api.getWorkloads({ entityRef, limit: ENTITY_WORKLOAD_LIMIT }),
    {
      key: entityRef,
      channel: entitySignalChannel(entityRef),
      throttleMs: 1_000,
    },
  );
}
