/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { useApi } from '@backstage/frontend-plugin-api';
import {
  WORKLOADS_SIGNAL_CHANNEL,
  WorkloadsResponse,
} from '@internal/plugin-cartographer-common';
import { cartographerApiRef, WorkloadsQuery } from '../api';
import { LiveAsyncState, useLiveAsync } from './useLiveAsync';

/**
 * One page of workloads across clusters for the index and chain pages,
 * kept current. A busy fleet changes constantly, so signals refresh the
 * page at most every few seconds.
 */
export function useWorkloads(
  query: WorkloadsQuery,
): LiveAsyncState<WorkloadsResponse> {
  const api = useApi(cartographerApiRef);
  return useLiveAsync(() => api.getWorkloads(query), {
    key: JSON.stringify(query),
    channel: WORKLOADS_SIGNAL_CHANNEL,
    throttleMs: 5_000,
  });
}
