/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import {
  ClustersResponse,
  CreateWorkloadResponse,
  PreviewResponse,
  SupplyChainsResponse,
  WorkloadDetailResponse,
  WorkloadDraftRequest,
  WorkloadsResponse,
  RunnablesResponse,
} from '@internal/plugin-cartographer-common';
import { errorFromResponse } from './errors';
import {
  CartographerBackendApi,
  CartographerRequestOptions,
  CartographerWorkloadKey,
  CartographerWorkloadsQuery,
} from './types';

/** The plugin id the backend is mounted under, and the token's audience. */
const PLUGIN_ID = 'cartographer';

function pathSegments(...parts: string[]): string {
  return parts.map(encodeURIComponent).join('/');
}

function queryString(query: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Options of {@link CartographerBackendClient}.
 * @public
 */
export interface CartographerBackendClientOptions {
  auth: AuthService;
  discovery: DiscoveryService;
  /** Defaults to the global `fetch`; tests may pass their own. */
  fetch?: typeof fetch;
}

/**
 * Calls the Cartographer backend over HTTP for other backend plugins and
 * modules (scaffolder actions, search collators, catalog providers). Each
 * call carries a plugin-to-plugin token issued on behalf of the given
 * credentials, so the backend authorizes the original user, not this module.
 * @public
 */
export class CartographerBackendClient implements CartographerBackendApi {
  private readonly auth: AuthService;
  private readonly discovery: DiscoveryService;
  private readonly fetchImpl: typeof fetch;

  constructor(options: CartographerBackendClientOptions) {
    this.auth = options.auth;
    this.discovery = options.discovery;
    this.fetchImpl = options.fetch ?? fetch;
  }

  getClusters(options: CartographerRequestOptions): Promise<ClustersResponse> {
    return this.request('GET', '/clusters', options);
  }

  getSupplyChains(
    query: { cluster?: string },
    options: CartographerRequestOptions,
  ): Promise<SupplyChainsResponse> {
    return this.request('GET', `/supply-chains${queryString(query)}`, options);
  }

  getWorkloads(
    query: CartographerWorkloadsQuery,
    options: CartographerRequestOptions,
  ): Promise<WorkloadsResponse> {
    return this.request('GET', `/workloads${queryString(query)}`, options);
  }

  getRunnables(
    query: {
      cluster?: string;
      namespace?: string;
      limit?: number;
      cursor?: string;
    },
    options: CartographerRequestOptions,
  ): Promise<RunnablesResponse> {
    return this.request('GET', `/runnables${queryString(query)}`, options);
  }

  getWorkload(
    { cluster, namespace, name }: CartographerWorkloadKey,
    options: CartographerRequestOptions,
  ): Promise<WorkloadDetailResponse> {
    return this.request(
      'GET',
      `/workloads/${pathSegments(cluster, namespace, name)}`,
      options,
    );
  }

  previewWorkload(
    request: WorkloadDraftRequest,
    options: CartographerRequestOptions,
  ): Promise<PreviewResponse> {
    return this.request('POST', '/workloads/preview', options, request);
  }

  applyWorkload(
    request: WorkloadDraftRequest,
    options: CartographerRequestOptions & { dryRun?: boolean },
  ): Promise<CreateWorkloadResponse> {
    return this.request(
      'POST',
      `/workloads${queryString({ dryRun: options.dryRun ? 'true' : 'false' })}`,
      options,
      request,
    );
  }

  private async request<T>(
    method: 'GET' | 'POST',
    path: string,
    { credentials, signal }: CartographerRequestOptions,
    body?: unknown,
  ): Promise<T> {
    const [baseUrl, { token }] = await Promise.all([
      this.discovery.getBaseUrl(PLUGIN_ID),
      this.auth.getPluginRequestToken({
        onBehalfOf: credentials,
        targetPluginId: PLUGIN_ID,
      }),
    ]);
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
    };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await this.fetchImpl(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
    if (!response.ok) {
      throw await errorFromResponse(response, baseUrl);
    }
    return (await response.json()) as T;
  }
}
