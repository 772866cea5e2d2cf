/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  ENTITY_ANNOTATIONS,
  entityWorkloadScope,
  EntityWorkloadScope,
  workloadInEntityScope,
  WorkloadSummary,
} from '@internal/plugin-cartographer-common';

/** Which workloads a request asks for. */
export interface WorkloadFilter {
  cluster?: string;
  namespace?: string;
  supplyChain?: string;
  state?: string;
  q?: string;
  /** The scope of the entity whose workloads are asked for. */
  entity?: EntityWorkloadScope;
}

/**
 * The scope of an entity's workloads, read from the entity itself so its tab
 * is current at once; a malformed selector annotation is the caller's input
 * error. Rows name their entities by the same rule (`entityRefs`).
 */
export function entityScopeOf(entity: Entity): EntityWorkloadScope {
  try {
    return entityWorkloadScope(entity);
  } catch (e) {
    throw new InputError(
      `entity annotation ${ENTITY_ANNOTATIONS.labelSelector}: ${(e as Error).message}`,
    );
  }
}

/**
 * Whether a workload is in the filter's cluster, namespace and entity scope.
 * Needs only what a cached object has, so reads can narrow a large fleet
 * before summarizing anything.
 */
export function inFilterScope(
  workload: Pick<WorkloadSummary, 'cluster' | 'namespace' | 'name' | 'labels'>,
  filter: WorkloadFilter,
): boolean {
  if (filter.cluster && workload.cluster !== filter.cluster) return false;
  if (filter.namespace && workload.namespace !== filter.namespace) return false;
  return !filter.entity || workloadInEntityScope(workload, filter.entity);
}

/** What a text search (`q`) looks in, lower-cased. */
export function searchTextOf(row: Omit<WorkloadSummary, 'entityRefs'>): string {
  return [
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
}

/**
 * Whether a summarized row passes the rest of a filter: chain, state and
 * text. Its scope (cluster, namespace, labels) is checked on the cached
 * object by {@link inFilterScope} before summarizing. `searchText` is the
 * row's {@link searchTextOf}, when the caller keeps it.
 */
export function matchesSummaryFilter(
  row: Omit<WorkloadSummary, 'entityRefs'>,
  filter: WorkloadFilter,
  searchText?: string,
): boolean {
  if (filter.supplyChain && row.supplyChain !== filter.supplyChain)
    return false;
  if (filter.state && row.state !== filter.state) return false;
  if (filter.q) {
    const haystack = searchText ?? searchTextOf(row);
    if (!haystack.includes(filter.q.toLowerCase())) return false;
  }
  return true;
}
