/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { InMemoryCatalogClient } from '@backstage/catalog-client/testUtils';
import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';

/** The Component of application i, tied to its workload by label selector. */
export function appEntity(i: number): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: `app-${i}`,
      namespace: 'default',
      annotations: {
        'backstage.io/kubernetes-label-selector': `app.kubernetes.io/part-of=app-${i}`,
      },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  };
}

/**
 * The in-memory test catalog rebuilds a ref map on every getEntityByRef,
 * which costs milliseconds at 10,000 entities and would be charged to both
 * backends; a real catalog looks refs up by index. So: looked up by index.
 */
class IndexedCatalog extends InMemoryCatalogClient {
  private readonly byRef: Map<string, Entity>;

  constructor(entities: Entity[]) {
    super({ entities });
    this.byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
  }

  async getEntityByRef(
    ref: string | CompoundEntityRef,
  ): Promise<Entity | undefined> {
    return this.byRef.get(stringifyEntityRef(parseEntityRef(ref)));
  }

  // The collator asks for a page's owners at once; also by index.
  async getEntitiesByRefs(request: { entityRefs: string[] }) {
    return { items: request.entityRefs.map(ref => this.byRef.get(ref)) };
  }
}

/** A catalog holding the Components of applications 0 … count-1. */
export function benchCatalogFactory(count: number) {
  const entities = Array.from({ length: count }, (_, i) => appEntity(i));
  return createServiceFactory({
    service: catalogServiceRef,
    deps: {},
    factory: () => new IndexedCatalog(entities) as unknown as CatalogService,
  });
}
