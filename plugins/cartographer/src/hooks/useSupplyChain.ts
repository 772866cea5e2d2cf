/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { useApi } from '@backstage/frontend-plugin-api';
import {
  SupplyChainDetailResponse,
  WORKLOADS_SIGNAL_CHANNEL,
} from '@internal/plugin-cartographer-common';
import { cartographerApiRef } from '../api';
import { LiveAsyncState, useLiveAsync } from './useLiveAsync';

/** One supply chain with the workloads it selects, kept current. */
export function useSupplyChain(
  cluster: string,
  name: string,
): LiveAsyncState<SupplyChainDetailResponse> {
  const api = useApi(cartographerApiRef);
  return useLiveAsync(() => api.getSupplyChain(cluster, name), {
    key: `${cluster}/${name}`,
    channel: WORKLOADS_SIGNAL_CHANNEL,
    throttleMs: 5_000,
  });
}
