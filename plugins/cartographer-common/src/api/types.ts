/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
// The response types are generated from the backend's OpenAPI spec
// (plugins/cartographer-backend/src/schema/openapi.yaml, `yarn generate` in
// that package); these names are the stable ones code imports.
import type * as Api from '../schema/openapi/generated/models';
import { Workload } from '../types';

/**
 * How fresh one cluster's cache is.
 * `notInstalled`: the Cartographer CRDs are missing there (quiet, retried).
 * @public
 */
export type ClusterSyncState = Api.ClusterSyncState;
/** @public */
export type ClusterInfo = Api.ClusterInfo;
/** @public */
export type ClustersResponse = Api.ClustersResponse;
/** A selector term of a chain, for display. @public */
export type SelectorTerm = Api.SelectorTerm;
/** @public */
export type WorkloadStateCounts = Api.WorkloadStateCounts;
/** A ClusterSupplyChain or ClusterDelivery as the portal shows it. @public */
export type SupplyChainSummary = Api.SupplyChainSummary;
/** @public */
export type SupplyChainsResponse = Api.SupplyChainsResponse;
/** @public */
export type SupplyChainDetailResponse = Api.SupplyChainDetailResponse;
/** Where a workload's code comes from. @public */
export type WorkloadSource = Api.WorkloadSource;
/** One row of the workloads index. @public */
export type WorkloadSummary = Api.WorkloadSummary;
/** @public */
export type WorkloadsResponse = Api.WorkloadsResponse;
/** The Deliverable a workload stamped, found on any cluster. @public */
export type DeliverableView = Api.DeliverableView;
/**
 * One Deliverable of a ClusterDelivery, with the workload it belongs to.
 * @public
 */
export type DeliverableSummary = Api.DeliverableSummary;
/** Everything the Supply Chain tab shows for one workload. @public */
export type WorkloadDetailResponse = Api.WorkloadDetailResponse;
/** @public */
export type StageEvent = Api.StageEvent;
/** The detail drawer of one stage. @public */
export type StageDetailResponse = Api.StageDetailResponse;

/**
 * Body of POST /workloads/preview and POST /workloads. The spec checks only
 * the draft's shape (the onboarding rules name each bad field), so the draft
 * is typed as the Workload it must be.
 * @public
 */
export type WorkloadDraftRequest = Omit<Api.WorkloadDraftRequest, 'draft'> & {
  draft: Workload;
};

/** A refusal with the rule that caused it. @public */
export type Refusal = Api.Refusal;
/** @public */
export type PreviewResponse = Api.PreviewResponse;
/** @public */
export type CreateWorkloadResponse = Api.CreateWorkloadResponse;
/**
 * The state of one run: its `Succeeded` condition (Tekton's and
 * Cartographer's own notion), else its `Ready` condition.
 * @public
 */
export type RunState = Api.RunState;
/** One object a Runnable created. @public */
export type RunnableRun = Api.RunnableRun;
/** The runs of one Runnable, newest first, paged. @public */
export type RunHistory = Api.RunHistory;
/** A standalone Runnable (no Workload or Deliverable owns it). @public */
export type RunnableSummary = Api.RunnableSummary;
/** @public */
export type RunnablesResponse = Api.RunnablesResponse;
/** How Cartographer resolves a Runnable's template and selected object. @public */
export type RunnableSelection = Api.RunnableSelection;
/** @public */
export type RunnableDetailResponse = Api.RunnableDetailResponse;
/** The body of POST /supply-chains/{cluster}/{name}/approval. @public */
export type SupplyChainApprovalRequest = Api.SupplyChainApprovalRequest;
/** The chain as it is after an approval change. @public */
export type SupplyChainApprovalResponse = Api.SupplyChainApprovalResponse;
/** A workload's commit timeline, newest revision first. @public */
export type HistoryResponse = Api.HistoryResponse;
/** Delivery metrics of the workloads a caller may read, over a window. @public */
export type MetricsResponse = Api.MetricsResponse;
/** The window of GET /metrics and GET /workloads/.../metrics. @public */
export type MetricsWindowName = Api.MetricsResponse['window'];
/** One workload's delivery metrics, for its row of the workloads index. @public */
export type WorkloadMetricsItem = Api.WorkloadMetricsItem;
/** The answer of GET /metrics/workloads. @public */
export type WorkloadsMetricsResponse = Api.WorkloadsMetricsResponse;
