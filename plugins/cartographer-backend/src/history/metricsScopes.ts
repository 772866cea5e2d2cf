/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { metricsMembersFilter } from '@internal/plugin-cartographer-common';
import { entityScopeOf, WorkloadFilter } from '../service/workloadFilter';

/**
 * The workload filters whose union an entity's delivery metrics cover: the
 * entity's own scope, or for a System, Group or User the scope of each
 * member component the caller may see in the catalog. A member with a
 * malformed selector annotation is left out (its own tab says why), so one
 * broken component does not blank its system's metrics; the asked-for
 * entity's own malformed annotation stays the caller's input error.
 */
export async function metricsScopes(
  catalog: Pick<CatalogService, 'getEntities'>,
  entity: Entity,
  credentials: BackstageCredentials,
): Promise<WorkloadFilter[]> {
  const filter = metricsMembersFilter(entity);
  if (!filter) return [{ entity: entityScopeOf(entity) }];
  const { items } = await catalog.getEntities({ filter }, { credentials });
  return items.flatMap(member => {
    try {
      return [{ entity: entityScopeOf(member) }];
    } catch {
      return [];
    }
  });
}

/** The `workload` query of GET /metrics, `<cluster>/<namespace>/<name>`. */
export function workloadRefOf(value: string): {
  cluster: string;
  namespace: string;
  name: string;
} {
  const parts = value.split('/');
  if (parts.length !== 3 || parts.some(part => !part)) {
    throw new InputError(
      `workload must be <cluster>/<namespace>/<name>, got '${value}'`,
    );
  }
  const [cluster, namespace, name] = parts;
  return { cluster, namespace, name };
}
