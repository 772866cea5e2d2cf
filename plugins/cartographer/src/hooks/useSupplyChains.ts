/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { useApi } from '@backstage/frontend-plugin-api';
import {
  SupplyChainsResponse,
  WORKLOADS_SIGNAL_CHANNEL,
} from '@internal/plugin-cartographer-common';
import { cartographerApiRef } from '../api';
import { LiveAsyncState, useLiveAsync } from './useLiveAsync';

/**
 * Every supply chain and delivery with its workload counts. The counts move
 * with workloads, so the catalogue follows the workloads channel, slowly.
 */
export function useSupplyChains(
  cluster?: string,
): LiveAsyncState<SupplyChainsResponse> {
  const api = useApi(cartographerApiRef);
  return useLiveAsync(() => api.getSupplyChains({ cluster }), {
    key: cluster ?? '',
    channel: WORKLOADS_SIGNAL_CHANNEL,
    throttleMs: 10_000,
  });
}
