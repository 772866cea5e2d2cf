/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  CartographerObjectKey,
  CartographerRunnablesFilter,
  CartographerWorkloadsFilter,
  ClustersResponse,
  HistoryResponse,
  MetricsResponse,
  MetricsWindowName,
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
  WorkloadsMetricsResponse,
  WorkloadsResponse,
} from '@internal/plugin-cartographer-common';

/**
 * A workload's identity: names repeat across clusters and namespaces, so
 * the three together are the key everywhere in the UI.
 * @public
 */
export type WorkloadKey = CartographerObjectKey;

/**
 * Filters of `GET /workloads`. All are optional and ANDed.
 * @public
 */
export type WorkloadsQuery = CartographerWorkloadsFilter;

/**
 * Filters of `GET /runnables` (standalone Runnables). All are optional and ANDed.
 * @public
 */
export type RunnablesQuery = CartographerRunnablesFilter;

/**
 * The Cartographer backend, as the frontend sees it.
 * @public
 */
export interface CartographerApi {
  /** Every configured cluster and how fresh its data is. */
  getClusters(): Promise<ClustersResponse>;
  /** One page of workloads across clusters. */
  getWorkloads(query?: WorkloadsQuery): Promise<WorkloadsResponse>;
  /** Everything the Supply Chain view shows for one workload. */
  getWorkload(workload: WorkloadKey): Promise<WorkloadDetailResponse>;
  /** The workload's commit timeline, newest revision first. */
  getWorkloadHistory(workload: WorkloadKey): Promise<HistoryResponse>;
  /** The workload's four delivery metrics over a window. */
  getWorkloadMetrics(
    workload: WorkloadKey,
    window: MetricsWindowName,
  ): Promise<MetricsResponse>;
  /**
   * Delivery metrics over a window of the workloads of one catalog entity:
   * a component's own, a system's members', or what a group or user owns.
   */
  getMetrics(query: {
    entityRef: string;
    window: MetricsWindowName;
  }): Promise<MetricsResponse>;
  /**
   * Each workload's own delivery metrics over a window, for rows of the
   * workloads index (`<cluster>/<namespace>/<name>`, at most 100).
   */
  getWorkloadsMetrics(
    workloads: string[],
    window: MetricsWindowName,
  ): Promise<WorkloadsMetricsResponse>;
  /** The detail drawer of one stage of a workload. */
  getStage(workload: WorkloadKey, stage: string): Promise<StageDetailResponse>;
  /** Every ClusterSupplyChain and ClusterDelivery, optionally of one cluster. */
  getSupplyChains(query?: { cluster?: string }): Promise<SupplyChainsResponse>;
  /** One chain and the workloads it selects. */
  getSupplyChain(
    cluster: string,
    name: string,
  ): Promise<SupplyChainDetailResponse>;
  /** Which chain would select a draft workload, and whether creating it would be refused. */
  previewWorkload(request: WorkloadDraftRequest): Promise<PreviewResponse>;
  /** One page of standalone Runnables across clusters. */
  getRunnables(query?: RunnablesQuery): Promise<RunnablesResponse>;
  /** One Runnable: selection explainer, inputs, outputs and its first runs. */
  getRunnable(runnable: WorkloadKey): Promise<RunnableDetailResponse>;
  /** A page of a Runnable's runs (newest first) from `offset`. */
  getRunnableRuns(runnable: WorkloadKey, offset: number): Promise<RunHistory>;
  /** Approves (true) or revokes (false) a ClusterSupplyChain for onboarding. */
  setSupplyChainApproval(
    cluster: string,
    name: string,
    approved: boolean,
  ): Promise<SupplyChainApprovalResponse>;
}

/**
 * The one API ref both frontend systems use.
 * @public
 */
export const cartographerApiRef = createApiRef<CartographerApi>().with({
  id: 'plugin.cartographer.service',
  pluginId: 'cartographer',
});
