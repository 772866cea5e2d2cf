/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import {
  CartographerApiClient,
  CartographerCallOptions,
  CartographerRunnablesFilter,
  CartographerSupplyChainsFilter,
  ClustersResponse,
  CreateWorkloadResponse,
  PreviewResponse,
  RunnablesResponse,
  SupplyChainsResponse,
  WorkloadDetailResponse,
  WorkloadDraftRequest,
  WorkloadsResponse,
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
 * modules (scaffolder actions, search collators, catalog providers), through
 * the client generated from its spec. Each call carries a plugin-to-plugin
 * token issued on behalf of the given credentials, so the backend authorizes
 * the original user, not this module.
 * @public
 */
export class CartographerBackendClient implements CartographerBackendApi {
  private readonly auth: AuthService;
  private readonly api: CartographerApiClient;

  constructor(options: CartographerBackendClientOptions) {
    this.auth = options.auth;
    this.api = new CartographerApiClient({
      discoveryApi: options.discovery,
      fetchApi: { fetch: options.fetch ?? fetch },
      errorFromResponse,
    });
  }

  async getClusters(
    options: CartographerRequestOptions,
  ): Promise<ClustersResponse> {
    return this.api.getClusters(await this.callOptions(options));
  }

  async getSupplyChains(
    query: CartographerSupplyChainsFilter,
    options: CartographerRequestOptions,
  ): Promise<SupplyChainsResponse> {
    return this.api.getSupplyChains(query, await this.callOptions(options));
  }

  async getWorkloads(
    query: CartographerWorkloadsQuery,
    options: CartographerRequestOptions,
  ): Promise<WorkloadsResponse> {
    return this.api.getWorkloads(query, await this.callOptions(options));
  }

  async getRunnables(
    query: CartographerRunnablesFilter,
    options: CartographerRequestOptions,
  ): Promise<RunnablesResponse> {
    return this.api.getRunnables(query, await this.callOptions(options));
  }

  async getWorkload(
    workload: CartographerWorkloadKey,
    options: CartographerRequestOptions,
  ): Promise<WorkloadDetailResponse> {
    return this.api.getWorkload(workload, await this.callOptions(options));
  }

  async previewWorkload(
    request: WorkloadDraftRequest,
    options: CartographerRequestOptions,
  ): Promise<PreviewResponse> {
    return this.api.previewWorkload(request, await this.callOptions(options));
  }

  async applyWorkload(
    request: WorkloadDraftRequest,
    options: CartographerRequestOptions & { dryRun?: boolean },
  ): Promise<CreateWorkloadResponse> {
    return this.api.createWorkload(
      request,
      options.dryRun ?? false,
      await this.callOptions(options),
    );
  }

  /** A token on behalf of the caller, for the cartographer plugin only. */
  private async callOptions({
    credentials,
    signal,
  }: CartographerRequestOptions): Promise<CartographerCallOptions> {
    const { token } = await this.auth.getPluginRequestToken({
      onBehalfOf: credentials,
      targetPluginId: PLUGIN_ID,
    });
    return { token, signal };
  }
}
