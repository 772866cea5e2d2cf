/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { createApiRef } from '@backstage/core-plugin-api';
import {
  StageDetailResponse,
  WorkloadDetailResponse,
  WorkloadsResponse,
} from '@internal/plugin-cartographer-common';

/**
 * The Cartographer backend, as the frontend sees it.
 * @public
 */
export interface CartographerApi {
  getEntityWorkloads(entityRef: string): Promise<WorkloadsResponse>;
  getWorkload(
    cluster: string,
    namespace: string,
    name: string,
  ): Promise<WorkloadDetailResponse>;
  getStage(
    cluster: string,
    namespace: string,
    name: string,
    stage: string,
  ): Promise<StageDetailResponse>;
}

/**
 * One ref for both frontend systems.
 * @public
 */
export const cartographerApiRef = createApiRef<CartographerApi>({
  id: 'plugin.cartographer.service',
});
