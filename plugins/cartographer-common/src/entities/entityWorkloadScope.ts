/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { WorkloadSummary } from '../api';
import { labelsMatch, parseLabelSelector } from '../selection';
import { ENTITY_ANNOTATIONS, LABELS, LabelSelectorRequirement } from '../types';

/**
 * The part of a catalog entity that decides which workloads belong to it;
 * structural so this package needs no catalog dependency.
 * @public
 */
export interface EntityWorkloadScopeSource {
  metadata: { name: string; annotations?: Record<string, string> };
}

/**
 * Which workloads an entity owns, as the stock Kubernetes plugin decides it.
 * @public
 */
export interface EntityWorkloadScope {
  labels: LabelSelectorRequirement[];
  namespace?: string;
  cluster?: string;
}

/**
 * The scope of an entity: its `backstage.io/kubernetes-label-selector`, else
 * the `backstage.io/kubernetes-id` label (defaulting to the entity name),
 * narrowed by the namespace and cluster annotations. Throws on a malformed
 * selector.
 * @public
 */
export function entityWorkloadScope(
  entity: EntityWorkloadScopeSource,
): EntityWorkloadScope {
  const annotations = entity.metadata.annotations ?? {};
  const selector = annotations[ENTITY_ANNOTATIONS.labelSelector];
  const labels: LabelSelectorRequirement[] = selector
    ? parseLabelSelector(selector)
    : [
        {
          key: LABELS.backstageKubernetesId,
          operator: 'In',
          values: [
            annotations[ENTITY_ANNOTATIONS.kubernetesId] ??
              entity.metadata.name,
          ],
        },
      ];
  return {
    labels,
    namespace: annotations[ENTITY_ANNOTATIONS.namespace],
    cluster: annotations[ENTITY_ANNOTATIONS.cluster],
  };
}

/**
 * The labels an entity's selector is matched against: the workload's own,
 * plus `carto.run/workload-name`, which Cartographer puts on everything it
 * stamps for the workload. An entity selecting by that label (as the catalog
 * provider does for workloads without `app.kubernetes.io/part-of`) then
 * finds the workload here and its stamped objects in the Kubernetes tab.
 * @public
 */
export function workloadMatchLabels(
  workload: Pick<WorkloadSummary, 'name' | 'labels'>,
): Record<string, string> {
  return { [LABELS.workloadName]: workload.name, ...workload.labels };
}

/**
 * Whether a workload falls in an entity's scope.
 * @public
 */
export function workloadInEntityScope(
  workload: Pick<WorkloadSummary, 'cluster' | 'namespace' | 'name' | 'labels'>,
  scope: EntityWorkloadScope,
): boolean {
  if (scope.cluster && scope.cluster !== workload.cluster) return false;
  if (scope.namespace && scope.namespace !== workload.namespace) return false;
  // An empty selector would match everything; it names no workload.
  if (scope.labels.length === 0) return false;
  return labelsMatch(workloadMatchLabels(workload), scope.labels);
}
