/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
  PermissionResourceRef,
} from '@backstage/plugin-permission-node';
import {
  RESOURCE_TYPE_CARTOGRAPHER_SUPPLY_CHAIN,
  RESOURCE_TYPE_CARTOGRAPHER_WORKLOAD,
} from '@internal/plugin-cartographer-common';
import { z } from 'zod';

/** What permission rules see of a workload. */
export interface WorkloadResource {
  cluster: string;
  namespace: string;
  name: string;
}

/** Rules translate to a predicate over workload rows. */
export type WorkloadQuery = { cluster?: string[]; namespace?: string[] };

/** @public */
export const workloadPermissionResourceRef = createPermissionResourceRef<
  WorkloadResource,
  WorkloadQuery
>().with({
  pluginId: 'cartographer',
  resourceType: RESOURCE_TYPE_CARTOGRAPHER_WORKLOAD,
});

/** What permission rules see of a supply chain. */
export interface SupplyChainResource {
  cluster: string;
  name: string;
}

/** @public */
export const supplyChainPermissionResourceRef = createPermissionResourceRef<
  SupplyChainResource,
  WorkloadQuery
>().with({
  pluginId: 'cartographer',
  resourceType: RESOURCE_TYPE_CARTOGRAPHER_SUPPLY_CHAIN,
});

/** One cluster rule for every resource type, so policies read the same. */
function clusterRule<
  TResource extends { cluster: string },
  TResourceType extends string,
>(
  resourceRef: PermissionResourceRef<TResource, WorkloadQuery, TResourceType>,
  what: string,
) {
  return createPermissionRule({
    name: 'IS_IN_CLUSTER',
    description: `Allow ${what} on one of the given clusters`,
    resourceRef,
    paramsSchema: z.object({
      clusters: z.array(z.string()).describe('Cluster names'),
    }),
    apply: (resource: TResource, { clusters }) =>
      clusters.includes(resource.cluster),
    toQuery: ({ clusters }) => ({ cluster: clusters }),
  });
}

const isInCluster = clusterRule(workloadPermissionResourceRef, 'workloads');

const isInNamespace = createPermissionRule({
  name: 'IS_IN_NAMESPACE',
  description: 'Allow workloads in one of the given namespaces',
  resourceRef: workloadPermissionResourceRef,
  paramsSchema: z.object({
    namespaces: z.array(z.string()).describe('Namespace names'),
  }),
  apply: (resource, { namespaces }) => namespaces.includes(resource.namespace),
  toQuery: ({ namespaces }) => ({ namespace: namespaces }),
});

/** @public */
export const cartographerWorkloadPermissionRules = {
  isInCluster,
  isInNamespace,
};

/**
 * Conditions for policy authors, e.g.
 * `createCartographerWorkloadConditionalDecision(permission, cartographerWorkloadConditions.isInNamespace({ namespaces: ['dev'] }))`.
 * @public
 */
export const {
  conditions: cartographerWorkloadConditions,
  createConditionalDecision: createCartographerWorkloadConditionalDecision,
} = createConditionExports({
  resourceRef: workloadPermissionResourceRef,
  rules: cartographerWorkloadPermissionRules,
});

/** @public */
export const cartographerSupplyChainPermissionRules = {
  isInCluster: clusterRule(supplyChainPermissionResourceRef, 'supply chains'),
};

/**
 * Conditions for policy authors, e.g.
 * `createCartographerSupplyChainConditionalDecision(permission, cartographerSupplyChainConditions.isInCluster({ clusters: ['prod'] }))`.
 * @public
 */
export const {
  conditions: cartographerSupplyChainConditions,
  createConditionalDecision: createCartographerSupplyChainConditionalDecision,
} = createConditionExports({
  resourceRef: supplyChainPermissionResourceRef,
  rules: cartographerSupplyChainPermissionRules,
});
