/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  CartographerObjectKey,
  CartographerRunnablesFilter,
  CartographerSupplyChainsFilter,
  CartographerWorkloadsFilter,
  ClustersResponse,
  CreateWorkloadResponse,
  PreviewResponse,
  RunnablesResponse,
  SupplyChainsResponse,
  WorkloadDetailResponse,
  WorkloadDraftRequest,
  WorkloadsResponse,
} from '@internal/plugin-cartographer-common';

/**
 * Who a call is made for, and how to stop it.
 * @public
 */
export interface CartographerRequestOptions {
  /**
   * The caller the backend authorizes: the user for actions run on their
   * behalf (`ctx.getInitiatorCredentials()`), or the module's own service
   * credentials (`auth.getOwnServiceCredentials()`) for background jobs.
   */
  credentials: BackstageCredentials;
  /** Aborts the HTTP request, e.g. the scaffolder task's signal. */
  signal?: AbortSignal;
}

/**
 * A workload's identity: names repeat across clusters and namespaces.
 * @public
 */
export type CartographerWorkloadKey = CartographerObjectKey;

/**
 * Filters of `GET /workloads`; all optional and ANDed.
 * @public
 */
export type CartographerWorkloadsQuery = CartographerWorkloadsFilter;

/**
 * The Cartographer backend's REST API (`/api/cartographer`), as other
 * backend plugins and modules see it. Every rule (permissions, validation,
 * supply-chain selection, operator approval, protected params, allowed
 * namespaces) is enforced by the backend; a refusal arrives as an
 * `@backstage/errors` error carrying the backend's message.
 * @public
 */
export interface CartographerBackendApi {
  /** Every configured cluster and how fresh its data is. */
  getClusters(options: CartographerRequestOptions): Promise<ClustersResponse>;

  /** Supply chains and deliveries, optionally of one cluster. */
  getSupplyChains(
    query: CartographerSupplyChainsFilter,
    options: CartographerRequestOptions,
  ): Promise<SupplyChainsResponse>;

  /** One page of the workloads the caller may read. */
  getWorkloads(
    query: CartographerWorkloadsQuery,
    options: CartographerRequestOptions,
  ): Promise<WorkloadsResponse>;

  /** One page of the standalone Runnables the caller may read. */
  getRunnables(
    query: CartographerRunnablesFilter,
    options: CartographerRequestOptions,
  ): Promise<RunnablesResponse>;

  /** One workload with its graph, selection and diagnosis; NotFoundError when absent or unreadable. */
  getWorkload(
    workload: CartographerWorkloadKey,
    options: CartographerRequestOptions,
  ): Promise<WorkloadDetailResponse>;

  /** Every onboarding rule applied to a draft, without writing anything. */
  previewWorkload(
    request: WorkloadDraftRequest,
    options: CartographerRequestOptions,
  ): Promise<PreviewResponse>;

  /**
   * Creates (or, with `ifExists: update`, updates) a workload that passes
   * every rule. With `dryRun` the cluster runs a server-side dry run and
   * nothing is stored.
   */
  applyWorkload(
    request: WorkloadDraftRequest,
    options: CartographerRequestOptions & { dryRun?: boolean },
  ): Promise<CreateWorkloadResponse>;
}
