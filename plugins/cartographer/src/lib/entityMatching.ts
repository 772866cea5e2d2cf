/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ENTITY_ANNOTATIONS,
  LABELS,
  LabelSelectorRequirement,
  labelsMatch,
  parseLabelSelector,
  WorkloadSummary,
} from '@internal/plugin-cartographer-common';

/** Which workloads belong to an entity, as the backend decides it. */
export interface EntityWorkloadScope {
  entityRef: string;
  labels: LabelSelectorRequirement[];
  namespace?: string;
  cluster?: string;
}

/**
 * The workload scope of an entity: the label selector annotation, else the
 * `backstage.io/kubernetes-id` label, narrowed by the namespace and cluster
 * annotations (the stock Kubernetes plugin's rules, which the backend
 * applies too). Undefined when the entity has neither annotation or its
 * selector does not parse.
 */
export function entityWorkloadScope(
  entity: Entity,
): EntityWorkloadScope | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const selector = annotations[ENTITY_ANNOTATIONS.labelSelector];
  const kubernetesId = annotations[ENTITY_ANNOTATIONS.kubernetesId];
  let labels: LabelSelectorRequirement[];
  if (selector) {
    try {
      labels = parseLabelSelector(selector);
    } catch {
      return undefined;
    }
  } else if (kubernetesId) {
    labels = [
      {
        key: LABELS.backstageKubernetesId,
        operator: 'In',
        values: [kubernetesId],
      },
    ];
  } else {
    return undefined;
  }
  return {
    entityRef: stringifyEntityRef(entity),
    labels,
    namespace: annotations[ENTITY_ANNOTATIONS.namespace],
    cluster: annotations[ENTITY_ANNOTATIONS.cluster],
  };
}

/** Whether a workload falls in an entity's scope. */
export function workloadInScope(
  workload: Pick<WorkloadSummary, 'cluster' | 'namespace' | 'labels'>,
  scope: EntityWorkloadScope,
): boolean {
  if (scope.cluster && scope.cluster !== workload.cluster) return false;
  if (scope.namespace && scope.namespace !== workload.namespace) return false;
  // An empty selector would claim every workload; no entity means that.
  return scope.labels.length > 0 && labelsMatch(workload.labels, scope.labels);
}

/** The labels a workload needs to show on an entity, as text to copy. */
export function labelsToAdd(scope: EntityWorkloadScope): string[] | undefined {
  if (scope.labels.every(r => r.operator === 'In' && r.values?.length === 1)) {
    return scope.labels.map(r => `${r.key}=${r.values![0]}`);
  }
  return undefined;
}
