/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  StageDetailResponse,
  WorkloadDetailResponse,
  WorkloadsResponse,
} from '@internal/plugin-cartographer-common';
import { CartographerApi } from './CartographerApi';

/**
 * Talks to the cartographer backend with the user's token (fetchApi).
 * @public
 */
export class CartographerClient implements CartographerApi {
  constructor(
    private readonly options: {
      discoveryApi: DiscoveryApi;
      fetchApi: FetchApi;
    },
  ) {}

  private async get<T>(path: string): Promise<T> {
    const base = await this.options.discoveryApi.getBaseUrl('cartographer');
    const response = await this.options.fetchApi.fetch(`${base}${path}`);
    if (
      response.status === 404 &&
      !response.headers.get('content-type')?.includes('json')
    ) {
      throw new Error(
        'The Cartographer backend is not reachable: install @internal/plugin-cartographer-backend in your backend.',
      );
    }
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }

  getEntityWorkloads(entityRef: string) {
    return this.get<WorkloadsResponse>(
      `/workloads?entityRef=${encodeURIComponent(entityRef)}&limit=100`,
    );
  }

  getWorkload(cluster: string, namespace: string, name: string) {
    return this.get<WorkloadDetailResponse>(
      `/workloads/${[cluster, namespace, name].map(encodeURIComponent).join('/')}`,
    );
  }

  getStage(cluster: string, namespace: string, name: string, stage: string) {
    return this.get<StageDetailResponse>(
      `/workloads/${[cluster, namespace, name].map(encodeURIComponent).join('/')}/stages/${encodeURIComponent(stage)}`,
    );
  }
}
