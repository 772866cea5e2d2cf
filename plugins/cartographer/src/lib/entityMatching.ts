/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ENTITY_ANNOTATIONS,
  entityWorkloadScope as scopeOf,
  EntityWorkloadScope as Scope,
  workloadInEntityScope,
} from '@internal/plugin-cartographer-common';

/** Which workloads belong to an entity, as the backend decides it. */
export interface EntityWorkloadScope extends Scope {
  entityRef: string;
}

/**
 * The workload scope of an entity, by the rules the backend applies too.
 * Undefined when the entity has neither the label selector nor the
 * kubernetes-id annotation (it shows no tab) or its selector does not parse.
 */
export function entityWorkloadScope(
  entity: Entity,
): EntityWorkloadScope | undefined {
  const annotations = entity.metadata.annotations ?? {};
  if (
    !annotations[ENTITY_ANNOTATIONS.labelSelector] &&
    !annotations[ENTITY_ANNOTATIONS.kubernetesId]
  ) {
    return undefined;
  }
  try {
    return { entityRef: stringifyEntityRef(entity), ...scopeOf(entity) };
  } catch {
    return undefined;
  }
}

/** Whether a workload falls in an entity's scope. */
export const workloadInScope = workloadInEntityScope;

/** The labels a workload needs to show on an entity, as text to copy. */
export function labelsToAdd(scope: Scope): string[] | undefined {
  if (scope.labels.every(r => r.operator === 'In' && r.values?.length === 1)) {
    return scope.labels.map(r => `${r.key}=${r.values![0]}`);
  }
  return undefined;
}
