/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { useApiHolder } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  ENTITY_ANNOTATIONS,
  WorkloadSummary,
} from '@internal/plugin-cartographer-common';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { WorkloadKey } from '../api';
import {
  entityWorkloadScope,
  EntityWorkloadScope,
  workloadInScope,
} from '../lib/entityMatching';

/** A workload row that may already name its entity (newer backends do). */
type WithEntity = WorkloadSummary & { entityRef?: string };

function workloadId({ cluster, namespace, name }: WorkloadKey) {
  return `${cluster}/${namespace}/${name}`;
}

/**
 * The catalog entity each workload belongs to, so index pages can link to
 * the entity's Supply Chain tab. Reads, once, the entities carrying the
 * Kubernetes annotations and matches labels locally with the backend's
 * rules. Returns a map keyed `cluster/namespace/name`; workloads without an
 * entity are absent. Without a catalog (a bare test app) the map is empty.
 */
export function useWorkloadEntities(
  workloads: WorkloadSummary[] | undefined,
): Map<string, string> {
  const catalogApi = useApiHolder().get(catalogApiRef);
  const { value: scopes } = useAsync(async (): Promise<
    EntityWorkloadScope[]
  > => {
    if (!catalogApi) return [];
    const { items } = await catalogApi.getEntities({
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
        'metadata.namespace',
        'metadata.name',
        'metadata.annotations',
      ],
    });
    return items.flatMap(e => entityWorkloadScope(e) ?? []);
  }, [catalogApi]);

  return useMemo(() => {
    const result = new Map<string, string>();
    for (const workload of (workloads ?? []) as WithEntity[]) {
      const entityRef =
        workload.entityRef ??
        scopes?.find(scope => workloadInScope(workload, scope))?.entityRef;
      if (entityRef) result.set(workloadId(workload), entityRef);
    }
    return result;
  }, [workloads, scopes]);
}
