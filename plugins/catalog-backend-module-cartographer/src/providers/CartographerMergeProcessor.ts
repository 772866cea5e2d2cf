/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogProcessor } from '@backstage/plugin-catalog-node';
import { CartographerEntityProvider } from './CartographerEntityProvider';

/**
 * With `conflicts: merge`, adds the Kubernetes annotations an application's
 * entity would carry to the same-named entity registered elsewhere, so its
 * Supply Chain and Kubernetes tabs work without editing its catalog file.
 * @public
 */
export class CartographerMergeProcessor implements CatalogProcessor {
  constructor(private readonly provider: CartographerEntityProvider) {}

  getProcessorName(): string {
    return 'CartographerMergeProcessor';
  }

  async preProcessEntity(entity: Entity): Promise<Entity> {
    const extra = await this.provider.annotationsToMerge(
      stringifyEntityRef(entity),
    );
    if (!extra) return entity;
    return {
      ...entity,
      metadata: {
        ...entity.metadata,
        annotations: { ...extra, ...entity.metadata.annotations },
      },
    };
  }
}
