/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ENTITY_ANNOTATIONS,
  EntityWorkloadScope,
  entityWorkloadScope,
  workloadInEntityScope,
} from '@internal/plugin-cartographer-common';

type WorkloadRef = {
  cluster: string;
  namespace: string;
  name: string;
  labels: Record<string, string>;
};

/**
 * Which catalog entities a workload belongs to, from a periodically
 * refreshed copy of the entities carrying the Kubernetes annotations. Used
 * to publish per-entity signals without a catalog call per change.
 */
export class EntityScopes {
  private scopes: Array<{ entityRef: string; scope: EntityWorkloadScope }> = [];
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly logger: LoggerService,
    private readonly refreshMs = 60_000,
  ) {}

  start(): void {
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.refreshMs);
    this.timer.unref?.();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async refresh(): Promise<void> {
    try {
      const credentials = await this.auth.getOwnServiceCredentials();
      const { items } = await this.catalog.getEntities(
        {
          filter: [
            {
              [`metadata.annotations.${ENTITY_ANNOTATIONS.labelSelector}`]:
                CATALOG_FILTER_EXISTS,
            },
            {
              [`metadata.annotations.${ENTITY_ANNOTATIONS.kubernetesId}`]:
                CATALOG_FILTER_EXISTS,
            },
          ],
          fields: [
            'kind',
            'metadata.name',
            'metadata.namespace',
            'metadata.annotations',
          ],
        },
        { credentials },
      );
      this.scopes = items.flatMap(entity => scopeOf(entity));
    } catch (error) {
      // Keep the last known scopes; entity channels are a convenience.
      this.logger.warn(
        `Cartographer: could not read catalog entities for signals: ${(error as Error).message}`,
      );
    }
  }

  /** The refs of the entities whose tab shows this workload. */
  entitiesOf(workload: WorkloadRef): string[] {
    return this.scopes
      .filter(s => workloadInEntityScope(workload, s.scope))
      .map(s => s.entityRef);
  }
}

function scopeOf(entity: Entity) {
  try {
    return [
      {
        entityRef: stringifyEntityRef(entity),
        scope: entityWorkloadScope(entity),
      },
    ];
  } catch {
    // A malformed selector shows an error on that entity's tab instead.
    return [];
  }
}
