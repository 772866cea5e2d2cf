/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  ApprovalDecision,
  Blueprint,
  blueprintParams,
  BlueprintTemplate,
  buildSupplyChainGraph,
  ClusterSupplyChain,
  Diagnosis,
  diagnoseWorkload,
  LABELS,
  requiredLabelsForBlueprint,
  SelectorTerm,
  SupplyChainSummary,
  Workload,
  WORKLOAD_ENTITY_ANNOTATIONS,
  WorkloadStateCounts,
  WorkloadSummary,
} from '@internal/plugin-cartographer-common';

function latest(times: Array<string | undefined>) {
  return times
    .filter((t): t is string => !!t)
    .sort()
    .at(-1);
}

/** The chain Cartographer selected for a workload, if it is still cached. */
export function selectedChain(
  workload: Workload,
  chains: ClusterSupplyChain[],
) {
  const name = workload.status?.supplyChainRef?.name;
  return name ? chains.find(c => c.metadata?.name === name) : undefined;
}

/** The workload's catalog facts (owner, system…); other annotations stay private. */
function entityAnnotations(workload: Workload): Record<string, string> {
  const all = workload.metadata?.annotations ?? {};
  return Object.fromEntries(
    Object.values(WORKLOAD_ENTITY_ANNOTATIONS)
      .filter(key => all[key] !== undefined)
      .map(key => [key, all[key]]),
  );
}

/** One row of the workloads index. */
export function summarizeWorkload(
  cluster: string,
  workload: Workload,
  chain: ClusterSupplyChain | undefined,
  stale: boolean,
): Omit<WorkloadSummary, 'entityRefs'> & { diagnosis: Diagnosis } {
  const diagnosis = diagnoseWorkload(workload, chain);
  const labels = workload.metadata?.labels ?? {};
  const spec = workload.spec ?? {};
  const sourceStage = workload.status?.resources?.find(r =>
    r.outputs?.some(o => o.name === 'revision'),
  );
  const revision = sourceStage?.outputs
    ?.find(o => o.name === 'revision')
    ?.preview?.trim();
  const ready = workload.status?.conditions?.find(c => c.type === 'Ready');
  return {
    cluster,
    namespace: workload.metadata?.namespace ?? '',
    name: workload.metadata?.name ?? '',
    labels,
    annotations: entityAnnotations(workload),
    workloadType: labels[LABELS.workloadType],
    partOf: labels[LABELS.partOf],
    supplyChain: workload.status?.supplyChainRef?.name,
    state: diagnosis.state,
    reason: diagnosis.reason ?? ready?.reason,
    message: diagnosis.message ?? ready?.message,
    summary: diagnosis.summary,
    source: {
      git: spec.source?.git
        ? {
            url: spec.source.git.url,
            branch: spec.source.git.ref?.branch,
            tag: spec.source.git.ref?.tag,
            commit: spec.source.git.ref?.commit,
          }
        : undefined,
      sourceImage: spec.source?.image,
      image: spec.image,
      subPath: spec.source?.subPath,
      revision,
    },
    createdAt: workload.metadata?.creationTimestamp,
    lastChangedAt: latest([
      ...(workload.status?.conditions ?? []).map(c => c.lastTransitionTime),
      ...(workload.status?.resources ?? []).flatMap(r =>
        (r.outputs ?? []).map(o => o.lastTransitionTime),
      ),
    ]),
    stale,
    diagnosis,
  };
}

/** A chain's selector as display terms. */
export function selectorTerms(chain: Blueprint): SelectorTerm[] {
  const spec = chain.spec;
  return [
    ...Object.entries(spec.selector ?? {}).map(([key, value]) => ({
      kind: 'label' as const,
      key,
      operator: 'In',
      values: [value],
    })),
    ...(spec.selectorMatchExpressions ?? []).map(e => ({
      kind: 'expression' as const,
      key: e.key,
      operator: e.operator,
      values: e.values,
    })),
    ...(spec.selectorMatchFields ?? []).map(f => ({
      kind: 'field' as const,
      key: f.key,
      operator: f.operator,
      values: f.values,
    })),
  ];
}

/** A supply chain or delivery as the catalogue shows it. */
export function summarizeBlueprint(
  cluster: string,
  chain: Blueprint,
  templates: BlueprintTemplate[],
  approval: ApprovalDecision,
  workloads: WorkloadStateCounts,
  stale: boolean,
): SupplyChainSummary {
  const ready = chain.status?.conditions?.find(c => c.type === 'Ready');
  return {
    cluster,
    kind:
      chain.kind === 'ClusterDelivery'
        ? 'ClusterDelivery'
        : 'ClusterSupplyChain',
    name: chain.metadata?.name ?? '',
    description:
      chain.metadata?.annotations?.['cartographer.backstage.io/description'] ??
      chain.metadata?.annotations?.description,
    ready: {
      status: ready?.status ?? 'Unknown',
      reason: ready?.reason,
      message: ready?.message,
    },
    approved: approval.approved,
    approval: approval.reason,
    approvalMechanism: approval.mechanism,
    approvalBy: approval.by,
    approvalAt: approval.at,
    selector: selectorTerms(chain),
    requiredLabels: requiredLabelsForBlueprint(chain),
    params: blueprintParams(chain, templates),
    graph: buildSupplyChainGraph(chain),
    workloads,
    stale,
  };
}

export function emptyCounts(): WorkloadStateCounts {
  return { ready: 0, failed: 0, pending: 0, unknown: 0 };
}
