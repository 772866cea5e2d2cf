/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  ClustersResponse,
  PreviewResponse,
  RunHistory,
  RunnableDetailResponse,
  RunnablesResponse,
  StageDetailResponse,
  SupplyChainApprovalResponse,
  SupplyChainDetailResponse,
  SupplyChainsResponse,
  WorkloadDetailResponse,
  WorkloadDraftRequest,
  WorkloadsResponse,
} from '@internal/plugin-cartographer-common';
import { BackendNotInstalledError } from './errors';
import {
  CartographerApi,
  RunnablesQuery,
  WorkloadKey,
  WorkloadsQuery,
} from './types';

function segments(...parts: string[]) {
  return parts.map(encodeURIComponent).join('/');
}

function queryString(query: object = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Talks to `@internal/plugin-cartographer-backend`. Every call goes through
 * `fetchApi`, which attaches the user's token, so the backend applies the
 * user's permissions.
 * @public
 */
export class CartographerClient implements CartographerApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  getClusters() {
    return this.request<ClustersResponse>('/clusters');
  }

  getWorkloads(query: WorkloadsQuery = {}) {
    return this.request<WorkloadsResponse>(`/workloads${queryString(query)}`);
  }

  getWorkload({ cluster, namespace, name }: WorkloadKey) {
    return this.request<WorkloadDetailResponse>(
      `/workloads/${segments(cluster, namespace, name)}`,
    );
  }

  getStage({ cluster, namespace, name }: WorkloadKey, stage: string) {
    return this.request<StageDetailResponse>(
      `/workloads/${segments(cluster, namespace, name)}/stages/${segments(stage)}`,
    );
  }

  getSupplyChains(query: { cluster?: string } = {}) {
    return this.request<SupplyChainsResponse>(
      `/supply-chains${queryString(query)}`,
    );
  }

  getSupplyChain(cluster: string, name: string) {
    return this.request<SupplyChainDetailResponse>(
      `/supply-chains/${segments(cluster, name)}`,
    );
  }

  previewWorkload(request: WorkloadDraftRequest) {
    return this.request<PreviewResponse>('/workloads/preview', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
  }

  getRunnables(query: RunnablesQuery = {}) {
    return this.request<RunnablesResponse>(`/runnables${queryString(query)}`);
  }

  getRunnable({ cluster, namespace, name }: WorkloadKey) {
    return this.request<RunnableDetailResponse>(
      `/runnables/${segments(cluster, namespace, name)}`,
    );
  }

  getRunnableRuns({ cluster, namespace, name }: WorkloadKey, offset: number) {
    return this.request<RunHistory>(
      `/runnables/${segments(cluster, namespace, name)}/runs${queryString({ offset })}`,
    );
  }

  setSupplyChainApproval(cluster: string, name: string, approved: boolean) {
    return this.request<SupplyChainApprovalResponse>(
      `/supply-chains/${segments(cluster, name)}/approval`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ approved }),
      },
    );
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('cartographer');
    const url = `${baseUrl}${path}`;
    const response = await this.fetchApi.fetch(url, init);
    if (response.ok) {
      return (await response.json()) as T;
    }
    // Our backend answers every error with a JSON body; a bare 404 means no
    // plugin is mounted at /api/cartographer at all, which deserves a fix-it
    // message rather than "Not Found".
    if (
      response.status === 404 &&
      !response.headers.get('content-type')?.includes('application/json')
    ) {
      throw new BackendNotInstalledError(baseUrl);
    }
    throw await ResponseError.fromResponse(response);
  }
}
