/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ApprovalMechanism } from '../approval';
import { Diagnosis } from '../diagnosis';
import type { RefusalRule } from '../refusals';
import { SupplyChainGraph } from '../graph';
import { StampedRevision } from '../health';
import { SelectionCandidate } from '../selection';
import { RequiredLabels } from '../selection/requiredLabels';
import { Condition, JsonValue, Runnable, Workload } from '../types';
import { BlueprintParamInfo, ValidationError } from '../validation';

/**
 * How fresh one cluster's cache is.
 * `notInstalled`: the Cartographer CRDs are missing there (quiet, retried).
 * @public
 */
export type ClusterSyncState =
  'syncing' | 'ready' | 'stale' | 'error' | 'notInstalled';

/** @public */
export interface ClusterInfo {
  name: string;
  state: ClusterSyncState;
  lastError?: string;
  lastSyncedAt?: string;
  /** Requests this backend sent to the cluster's API server since start. */
  apiRequests: number;
  kinds: Array<{
    kind: string;
    state: ClusterSyncState;
    count: number;
    lastError?: string;
  }>;
}

/** @public */
export interface ClustersResponse {
  clusters: ClusterInfo[];
}

/** A selector term of a chain, for display. @public */
export interface SelectorTerm {
  kind: 'label' | 'expression' | 'field';
  key: string;
  operator: string;
  values?: string[];
}

/** @public */
export interface WorkloadStateCounts {
  ready: number;
  failed: number;
  pending: number;
  unknown: number;
}

/** A ClusterSupplyChain or ClusterDelivery as the portal shows it. @public */
export interface SupplyChainSummary {
  cluster: string;
  kind: 'ClusterSupplyChain' | 'ClusterDelivery';
  name: string;
  description?: string;
  ready: { status: Condition['status']; reason?: string; message?: string };
  approved: boolean;
  /** Why the chain is (not) approved, e.g. "label cartographer.backstage.io/approved=true". */
  approval: string;
  /** Which mechanism approved it: the config allow-list, the label, or none. */
  approvalMechanism?: ApprovalMechanism;
  /** Who approved (or revoked) it in the portal, a user entity ref. */
  approvalBy?: string;
  /** When they did, an ISO timestamp. */
  approvalAt?: string;
  selector: SelectorTerm[];
  requiredLabels: RequiredLabels;
  params: BlueprintParamInfo[];
  graph: SupplyChainGraph;
  workloads: WorkloadStateCounts;
  stale: boolean;
}

/** @public */
export interface SupplyChainsResponse {
  items: SupplyChainSummary[];
  clusters: ClusterInfo[];
}

/** @public */
export interface SupplyChainDetailResponse {
  supplyChain: SupplyChainSummary;
  workloads: WorkloadSummary[];
}

/** Where a workload's code comes from. @public */
export interface WorkloadSource {
  git?: { url?: string; branch?: string; tag?: string; commit?: string };
  sourceImage?: string;
  image?: string;
  subPath?: string;
  /** The revision the source stage last produced, when known. */
  revision?: string;
}

/** One row of the workloads index. @public */
export interface WorkloadSummary {
  cluster: string;
  namespace: string;
  name: string;
  labels: Record<string, string>;
  /**
   * The workload's `backstage.io/*` annotations (owner, system, lifecycle,
   * description), which the catalog provider and the search collator read.
   */
  annotations?: Record<string, string>;
  workloadType?: string;
  partOf?: string;
  supplyChain?: string;
  state: Diagnosis['state'];
  reason?: string;
  message?: string;
  summary: string;
  source: WorkloadSource;
  createdAt?: string;
  /** The latest condition or output transition. */
  lastChangedAt?: string;
  /** True when the cluster's cache is stale (cluster unreachable). */
  stale: boolean;
  /**
   * The catalog entities whose Supply Chain tab shows this workload, sorted;
   * the first is the one a workload links to. From the backend's index of
   * annotated entities, refreshed every minute.
   */
  entityRefs: string[];
}

/** @public */
export interface WorkloadsResponse {
  items: WorkloadSummary[];
  totalItems: number;
  nextCursor?: string;
  /** Per-cluster sync state, so one broken cluster shows in place. */
  clusters: ClusterInfo[];
}

/** The Deliverable a workload stamped, found on any cluster. @public */
export interface DeliverableView {
  cluster: string;
  namespace: string;
  name: string;
  delivery?: string;
  graph?: SupplyChainGraph;
  diagnosis: Diagnosis;
}

/** Everything the Supply Chain tab shows for one workload. @public */
export interface WorkloadDetailResponse {
  workload: WorkloadSummary;
  spec: Workload['spec'];
  conditions: Condition[];
  graph?: SupplyChainGraph;
  selection: {
    outcome: string;
    message: string;
    candidates: SelectionCandidate[];
  };
  diagnosis: Diagnosis;
  deliverable?: DeliverableView;
}

/** @public */
export interface StageEvent {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  lastTimestamp?: string;
}

/** The detail drawer of one stage. @public */
export interface StageDetailResponse {
  stage: SupplyChainGraph['nodes'][number];
  /** The stamped object as YAML, with Secret data removed. */
  yaml?: string;
  printerColumns: Array<{ name: string; value: string }>;
  events: StageEvent[];
  /** The runs of a Runnable stage (objects the Runnable created). */
  runs?: RunHistory;
  /**
   * For an immutable or tekton-lifecycle template: every object it stamped
   * for this stage, newest first, with each one's health.
   */
  history?: StampedRevision[];
  /** Why parts could not be read (e.g. RBAC), without failing the rest. */
  warnings: string[];
}

/** Body of POST /workloads/preview and POST /workloads. @public */
export interface WorkloadDraftRequest {
  cluster?: string;
  draft: Workload;
  /** The chain the author intends; refused when another would select the draft. */
  supplyChain?: string;
  ifExists?: 'fail' | 'update';
}

/** A refusal with the rule that caused it. @public */
export interface Refusal {
  rule: RefusalRule;
  message: string;
}

/** @public */
export interface PreviewResponse {
  cluster: string;
  validationErrors: ValidationError[];
  selection: {
    outcome: string;
    selected?: string;
    message: string;
    candidates: SelectionCandidate[];
  };
  approved: boolean;
  chainReady: boolean;
  /** Empty when a create would be accepted. */
  refusals: Refusal[];
  exists: boolean;
}

/** @public */
export interface CreateWorkloadResponse {
  cluster: string;
  dryRun: boolean;
  created: boolean;
  supplyChain: string;
  workload: Workload;
}

/**
 * The state of one run: its `Succeeded` condition (Tekton's and
 * Cartographer's own notion), else its `Ready` condition.
 * @public
 */
export type RunState = 'succeeded' | 'failed' | 'running' | 'unknown';

/** One object a Runnable created. @public */
export interface RunnableRun {
  name: string;
  apiVersion: string;
  kind: string;
  state: RunState;
  /** Reason and message of the condition that decided the state. */
  reason?: string;
  message?: string;
  /** `status.startTime`, else when the object was created. */
  startedAt?: string;
  /** `status.completionTime`, else when the deciding condition turned final. */
  completedAt?: string;
  durationSeconds?: number;
  /**
   * The inputs it ran with: for the newest run the Runnable's current
   * `spec.inputs`; for older runs what the run template copied into the run.
   */
  inputs: { [key: string]: JsonValue };
  inputsSource: 'runnable' | 'runObject';
  /** The template's outputs read from this run (only succeeded runs yield them). */
  outputs: { [key: string]: JsonValue };
  /** The source revision the run tested, when an input is one. */
  revision?: string;
  /** True for the run whose outputs the Runnable (and so the chain) uses now. */
  current: boolean;
}

/** The runs of one Runnable, newest first, paged. @public */
export interface RunHistory {
  /** The kind the Runnable's ClusterRunTemplate stamps. */
  runKind?: { apiVersion: string; kind: string };
  items: RunnableRun[];
  /** All runs found; `items` holds at most one page of them. */
  total: number;
  /** Offset of the next page, when there is one. */
  nextOffset?: number;
  /** Names the run that failed when the newest finished run failed. */
  diagnosis?: string;
  /** Why the runs could not be read (e.g. RBAC), without failing the rest. */
  warnings: string[];
}

/** A standalone Runnable (no Workload or Deliverable owns it). @public */
export interface RunnableSummary {
  cluster: string;
  namespace: string;
  name: string;
  labels: Record<string, string>;
  state: Diagnosis['state'];
  reason?: string;
  message?: string;
  /** The ClusterRunTemplate of `spec.runTemplateRef`. */
  runTemplate: string;
  /** When the newest run's state last changed (Cartographer's StampedObjectCondition). */
  lastRunAt?: string;
  createdAt?: string;
  stale: boolean;
}

/** @public */
export interface RunnablesResponse {
  items: RunnableSummary[];
  totalItems: number;
  nextCursor?: string;
  clusters: ClusterInfo[];
}

/** How Cartographer resolves a Runnable's template and selected object. @public */
export interface RunnableSelection {
  /** The ClusterRunTemplate named by `spec.runTemplateRef`, and the others. */
  templates: Array<{ name: string; chosen: boolean; why: string }>;
  template: { outcome: 'found' | 'missing'; message: string };
  /** `spec.selector`: the objects of its kind and whether each matches. */
  selector?: {
    resource: { apiVersion: string; kind: string };
    matchingLabels: Record<string, string>;
    outcome: 'selected' | 'none' | 'multiple' | 'unreadable';
    message: string;
    candidates: Array<{
      name: string;
      namespace?: string;
      matches: boolean;
      missingLabels: string[];
    }>;
    selected?: string;
  };
}

/** @public */
export interface RunnableDetailResponse {
  runnable: RunnableSummary;
  spec: Runnable['spec'];
  conditions: Condition[];
  outputs: { [key: string]: JsonValue };
  selection: RunnableSelection;
  runs: RunHistory;
}

/** The body of POST /supply-chains/{cluster}/{name}/approval. @public */
export interface SupplyChainApprovalRequest {
  approved: boolean;
}

/** The chain as it is after an approval change. @public */
export interface SupplyChainApprovalResponse {
  supplyChain: SupplyChainSummary;
}
