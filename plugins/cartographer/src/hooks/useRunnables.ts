/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { useApi } from '@backstage/frontend-plugin-api';
import {
  RunnableDetailResponse,
  RunnablesResponse,
} from '@internal/plugin-cartographer-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { cartographerApiRef, RunnablesQuery, WorkloadKey } from '../api';

/**
 * One page of standalone Runnables. Runnables publish no signals, so the
 * page reads once and offers a retry instead of refreshing live.
 */
export function useRunnables(query: RunnablesQuery) {
  const api = useApi(cartographerApiRef);
  const key = JSON.stringify(query);
  return useAsyncRetry<RunnablesResponse>(
    () => api.getRunnables(JSON.parse(key)),
    [api, key],
  );
}

/** One Runnable's detail: selection explainer, inputs, outputs and runs. */
export function useRunnable(runnable: WorkloadKey) {
  const api = useApi(cartographerApiRef);
  const { cluster, namespace, name } = runnable;
  return useAsyncRetry<RunnableDetailResponse>(
    () => api.getRunnable({ cluster, namespace, name }),
    [api, cluster, namespace, name],
  );
}
