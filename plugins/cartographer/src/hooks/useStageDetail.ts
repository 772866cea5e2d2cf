/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { useApi } from '@backstage/frontend-plugin-api';
import {
  StageDetailResponse,
  workloadSignalChannel,
} from '@internal/plugin-cartographer-common';
import { cartographerApiRef, WorkloadKey } from '../api';
import { LiveAsyncState, useLiveAsync } from './useLiveAsync';

/**
 * The detail of one stage of a workload, while `stage` is set. It listens
 * to the workload's channel: a stage changes only when its workload does.
 */
export function useStageDetail(
  workload: WorkloadKey,
  stage: string | undefined,
): LiveAsyncState<StageDetailResponse> {
  const api = useApi(cartographerApiRef);
  const { cluster, namespace, name } = workload;
  return useLiveAsync(
    () => api.getStage({ cluster, namespace, name }, stage ?? ''),
    {
      key: `${cluster}/${namespace}/${name}/${stage ?? ''}`,
      channel: workloadSignalChannel(cluster, namespace, name),
      enabled: stage !== undefined,
    },
  );
}
