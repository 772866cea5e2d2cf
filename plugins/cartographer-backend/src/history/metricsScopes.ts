/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
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
