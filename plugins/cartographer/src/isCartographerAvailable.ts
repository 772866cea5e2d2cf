/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Entity } from '@backstage/catalog-model';
import { ENTITY_ANNOTATIONS } from '@internal/plugin-cartographer-common';

/**
 * Whether an entity has the annotations the stock Kubernetes plugin uses to
 * find its workloads, so the Supply Chain tab has something to show.
 * @public
 */
export function isCartographerAvailable(entity: Entity): boolean {
  const annotations = entity.metadata.annotations ?? {};
  return Boolean(
    annotations[ENTITY_ANNOTATIONS.labelSelector] ||
    annotations[ENTITY_ANNOTATIONS.kubernetesId],
  );
}
