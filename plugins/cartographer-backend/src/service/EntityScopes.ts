/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import {
  Entity,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ENTITY_ANNOTATIONS,
  EntityWorkloadScope,
  entityWorkloadScope,
  selectorIndexTerm,
  workloadInEntityScope,
  workloadMatchLabels,
} from '@internal/plugin-cartographer-common';

type WorkloadRef = {
  cluster: string;
  namespace: string;
  name: string;
  labels: Record<string, string>;
};

/**
 * Which catalog entities a workload belongs to, from a periodically
 * refreshed copy of the entities carrying the Kubernetes annotations: the
 * one resolver behind the `entityRefs` of workload rows and per-entity
 * signals, without a catalog call per read or change.
 */
export class EntityScopes {
  private index = indexScopes([]);
  private owners = new Map<string, string[]>();
  /** Grows on every successful refresh, so callers can cache per version. */
  version = 0;
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly logger: LoggerService,
    private readonly refreshMs = 60_000,
    /**
     * While the catalog has returned no annotated entity yet (it is still
     * ingesting after a start, or it failed), ask again this soon, so that
     * every replica's workload rows get their entities within seconds of the
     * catalog's, not a minute apart.
     */
    private readonly emptyRetryMs = 5_000,
  ) {}

  start(): void {
    this.stopped = false;
    void this.cycle();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async cycle(): Promise<void> {
    const found = await this.refresh();
    if (this.stopped) return;
    this.timer = setTimeout(
      () => void this.cycle(),
      found > 0 ? this.refreshMs : this.emptyRetryMs,
    );
    this.timer.unref?.();
  }

  /** Reads the annotated entities again; returns how many it found (0 on failure). */
  async refresh(): Promise<number> {
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
            'relations',
          ],
        },
        { credentials },
      );
      const scoped = items.flatMap(entity => scopeOf(entity));
      this.index = indexScopes(scoped);
      this.owners = new Map(scoped.map(s => [s.entityRef, s.owners]));
      this.version++;
      return scoped.length;
    } catch (error) {
      // Keep the last known scopes, and try again soon.
      this.logger.warn(
        `Cartographer: could not read catalog entities for workload rows and signals: ${(error as Error).message}`,
      );
      return 0;
    }
  }

  /** The owners (ownedBy relations) of an entity `entitiesOf` returned. */
  ownersOf(entityRef: string): string[] {
    return this.owners.get(entityRef) ?? [];
  }

  /**
   * The refs of the entities whose tab shows this workload, sorted so that
   * the first, which links a workload to one entity, is always the same.
   */
  entitiesOf(workload: WorkloadRef): string[] {
    // Only entities keyed by one of the workload's labels can match, plus
    // the few whose selector has no single-value term to key them by.
    const labels = workloadMatchLabels(workload);
    const candidates = [
      ...Object.entries(labels).flatMap(
        ([key, value]) => this.index.byLabel.get(`${key}=${value}`) ?? [],
      ),
      ...this.index.unkeyed,
    ];
    return [
      ...new Set(
        candidates
          .filter(s => workloadInEntityScope(workload, s.scope))
          .map(s => s.entityRef),
      ),
    ].sort();
  }
}

type Scoped = {
  entityRef: string;
  scope: EntityWorkloadScope;
  owners: string[];
};

/**
 * Scopes keyed by their first `key In (value)` requirement, so a workload
 * change looks at the entities that can match instead of all of them (a
 * fleet of 10,000 workloads and entities would otherwise cost 10^8 matches
 * on the initial list).
 */
function indexScopes(scopes: Scoped[]) {
  const byLabel = new Map<string, Scoped[]>();
  const unkeyed: Scoped[] = [];
  for (const scoped of scopes) {
    const term = selectorIndexTerm(scoped.scope.labels);
    if (!term) {
      unkeyed.push(scoped);
      continue;
    }
    const key = `${term.key}=${term.value}`;
    const list = byLabel.get(key);
    if (list) list.push(scoped);
    else byLabel.set(key, [scoped]);
  }
  return { byLabel, unkeyed };
}

function scopeOf(entity: Entity): Scoped[] {
  try {
    return [
      {
        entityRef: stringifyEntityRef(entity),
        scope: entityWorkloadScope(entity),
        owners: (entity.relations ?? [])
          .filter(r => r.type === RELATION_OWNED_BY)
          .map(r => r.targetRef),
      },
    ];
  } catch {
    // A malformed selector shows an error on that entity's tab instead.
    return [];
  }
}
