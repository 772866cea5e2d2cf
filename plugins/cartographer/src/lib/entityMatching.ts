/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Entity } from '@backstage/catalog-model';
import {
  ENTITY_ANNOTATIONS,
  entityWorkloadScope as scopeOf,
  EntityWorkloadScope as Scope,
} from '@internal/plugin-cartographer-common';

/**
 * The workload scope of an entity, by the rules the backend applies too.
 * Undefined when the entity has neither the label selector nor the
 * kubernetes-id annotation (it shows no tab) or its selector does not parse.
 */
export function entityWorkloadScope(entity: Entity): Scope | undefined {
  const annotations = entity.metadata.annotations ?? {};
  if (
    !annotations[ENTITY_ANNOTATIONS.labelSelector] &&
    !annotations[ENTITY_ANNOTATIONS.kubernetesId]
  ) {
    return undefined;
  }
  try {
    return scopeOf(entity);
  } catch {
    return undefined;
  }
}

/** The labels a workload needs to show on an entity, as text to copy. */
export function labelsToAdd(scope: Scope): string[] | undefined {
  if (scope.labels.every(r => r.operator === 'In' && r.values?.length === 1)) {
    return scope.labels.map(r => `${r.key}=${r.values![0]}`);
  }
  return undefined;
}
