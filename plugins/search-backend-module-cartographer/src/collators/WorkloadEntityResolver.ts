/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { assertError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ENTITY_ANNOTATIONS,
  entityWorkloadScope,
  EntityWorkloadScope,
  WorkloadSummary,
  workloadInEntityScope,
} from '@internal/plugin-cartographer-common';

/** The entity a workload belongs to, as a search result needs it. */
export interface WorkloadEntity {
  ref: string;
  /** The entity's Supply Chain tab. */
  location: string;
  owner?: string;
}

/**
 * Finds the catalog entity of each workload, the way the Supply Chain tab
 * finds an entity's workloads. Only entities carrying one of the Kubernetes
 * annotations are considered: an entity without them would match by its
 * name as `backstage.io/kubernetes-id`, which workloads rarely carry.
 */
export class WorkloadEntityResolver {
  private constructor(
    private readonly scopes: Array<{
      entity: WorkloadEntity;
      scope: EntityWorkloadScope;
    }>,
  ) {}

  /** An empty resolver, for when the catalog cannot be read. */
  static empty(): WorkloadEntityResolver {
    return new WorkloadEntityResolver([]);
  }

  /** Loads the candidate entities once per index run. */
  static async load(
    catalog: CatalogService,
    credentials: BackstageCredentials,
    logger: LoggerService,
  ): Promise<WorkloadEntityResolver> {
    let items: Entity[];
    try {
      ({ items } = await catalog.getEntities(
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
          fields: ['kind', 'metadata', 'spec.owner'],
        },
        { credentials },
      ));
    } catch (e) {
      assertError(e);
      // Results still work without the catalog; they open the workload page.
      logger.warn(
        `Cartographer search: cannot read the catalog, workloads link to their own pages: ${e.message}`,
      );
      return WorkloadEntityResolver.empty();
    }
    const scopes = [];
    // Sorted so a workload matched by two entities always links to the same one.
    for (const entity of [...items].sort((a, b) =>
      stringifyEntityRef(a).localeCompare(stringifyEntityRef(b)),
    )) {
      try {
        scopes.push({
          entity: toWorkloadEntity(entity),
          scope: entityWorkloadScope(entity),
        });
      } catch (e) {
        assertError(e);
        logger.warn(
          `Cartographer search: ignoring ${stringifyEntityRef(entity)}: ${e.message}`,
        );
      }
    }
    return new WorkloadEntityResolver(scopes);
  }

  /** The first entity whose scope holds the workload. */
  resolve(workload: WorkloadSummary): WorkloadEntity | undefined {
    return this.scopes.find(s => workloadInEntityScope(workload, s.scope))
      ?.entity;
  }
}

function toWorkloadEntity(entity: Entity): WorkloadEntity {
  const namespace = (entity.metadata.namespace ?? 'default').toLowerCase();
  const kind = entity.kind.toLowerCase();
  const name = entity.metadata.name;
  const owner = entity.spec?.owner;
  return {
    ref: stringifyEntityRef(entity),
    location: `/catalog/${encodeURIComponent(namespace)}/${encodeURIComponent(kind)}/${encodeURIComponent(name)}/supply-chain`,
    owner:
      typeof owner === 'string' ? fullOwnerRef(owner, namespace) : undefined,
  };
}

/** `team-web` becomes `group:default/team-web`, as owners are written in full elsewhere. */
function fullOwnerRef(owner: string, namespace: string): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: namespace,
      }),
    );
  } catch {
    return undefined;
  }
}
