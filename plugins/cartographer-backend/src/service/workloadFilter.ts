/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  ENTITY_ANNOTATIONS,
  LABELS,
  LabelSelectorRequirement,
  labelsMatch,
  parseLabelSelector,
  WorkloadSummary,
} from '@internal/plugin-cartographer-common';

/** Which workloads a request asks for. */
export interface WorkloadFilter {
  cluster?: string;
  namespace?: string;
  supplyChain?: string;
  state?: string;
  q?: string;
  labels?: LabelSelectorRequirement[];
}

/**
 * The workloads of an entity, found the way the stock Kubernetes plugin
 * finds its objects: the label selector annotation, else the
 * `backstage.io/kubernetes-id` label (defaulting to the entity name), scoped
 * by the namespace and cluster annotations.
 */
export function entityWorkloadFilter(entity: Entity): WorkloadFilter {
  const annotations = entity.metadata.annotations ?? {};
  const selector = annotations[ENTITY_ANNOTATIONS.labelSelector];
  let labels: LabelSelectorRequirement[];
  try {
    labels = selector
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
  } catch (e) {
    throw new InputError(
      `entity annotation ${ENTITY_ANNOTATIONS.labelSelector}: ${(e as Error).message}`,
    );
  }
  return {
    labels,
    namespace: annotations[ENTITY_ANNOTATIONS.namespace],
    cluster: annotations[ENTITY_ANNOTATIONS.cluster],
  };
}

/** Whether a workload row passes a filter. */
export function matchesFilter(
  row: WorkloadSummary,
  filter: WorkloadFilter,
): boolean {
  if (filter.cluster && row.cluster !== filter.cluster) return false;
  if (filter.namespace && row.namespace !== filter.namespace) return false;
  if (filter.supplyChain && row.supplyChain !== filter.supplyChain)
    return false;
  if (filter.state && row.state !== filter.state) return false;
  if (filter.labels && !labelsMatch(row.labels, filter.labels)) return false;
  if (filter.q) {
    const needle = filter.q.toLowerCase();
    const haystack = [
      row.name,
      row.namespace,
      row.cluster,
      row.supplyChain,
      row.reason,
      row.message,
      row.source.git?.url,
      row.source.image,
      row.source.sourceImage,
      ...Object.values(row.labels),
    ]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
    if (!haystack.includes(needle)) return false;
  }
  return true;
}
