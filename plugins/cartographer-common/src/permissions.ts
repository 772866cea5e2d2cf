/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { createPermission } from '@backstage/plugin-permission-common';

/**
 * The permission resource type of a workload. Its resource ref is
 * `<cluster>/<namespace>/<name>` (see {@link workloadResourceRef}).
 * @public
 */
export const RESOURCE_TYPE_CARTOGRAPHER_WORKLOAD = 'cartographer-workload';

/**
 * Read a workload: list it, open it, find it in search.
 * @public
 */
export const cartographerWorkloadReadPermission = createPermission({
  name: 'cartographer.workload.read',
  attributes: { action: 'read' },
  resourceType: RESOURCE_TYPE_CARTOGRAPHER_WORKLOAD,
});

/**
 * Create or update a workload; a resource permission so policies can scope
 * creation by cluster and namespace.
 * @public
 */
export const cartographerWorkloadCreatePermission = createPermission({
  name: 'cartographer.workload.create',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CARTOGRAPHER_WORKLOAD,
});

/**
 * Read supply chains, deliveries and templates (cluster-scoped, operator-owned).
 * @public
 */
export const cartographerSupplyChainReadPermission = createPermission({
  name: 'cartographer.supplychain.read',
  attributes: { action: 'read' },
});

/**
 * The permission resource type of a ClusterSupplyChain. Its resource ref is
 * `<cluster>/<name>` (see {@link supplyChainResourceRef}).
 * @public
 */
export const RESOURCE_TYPE_CARTOGRAPHER_SUPPLY_CHAIN =
  'cartographer-supply-chain';

/**
 * Approve or revoke a supply chain for onboarding; a resource permission so
 * policies can let a team approve on its own clusters only.
 * @public
 */
export const cartographerSupplyChainApprovePermission = createPermission({
  name: 'cartographer.supplychain.approve',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CARTOGRAPHER_SUPPLY_CHAIN,
});

/** @public */
export const cartographerPermissions = [
  cartographerWorkloadReadPermission,
  cartographerWorkloadCreatePermission,
  cartographerSupplyChainReadPermission,
  cartographerSupplyChainApprovePermission,
];

/**
 * The permission resource ref of a supply chain.
 * @public
 */
export function supplyChainResourceRef(cluster: string, name: string): string {
  return `${cluster}/${name}`;
}

/**
 * Splits a supply chain resource ref; undefined when malformed.
 * @public
 */
export function parseSupplyChainResourceRef(
  ref: string,
): { cluster: string; name: string } | undefined {
  const parts = ref.split('/');
  if (parts.length !== 2 || parts.some(p => !p)) {
    return undefined;
  }
  const [cluster, name] = parts;
  return { cluster, name };
}

/**
 * The permission resource ref of a workload.
 * @public
 */
export function workloadResourceRef(
  cluster: string,
  namespace: string,
  name: string,
): string {
  return `${cluster}/${namespace}/${name}`;
}

/**
 * Splits a workload resource ref; undefined when malformed.
 * @public
 */
export function parseWorkloadResourceRef(
  ref: string,
): { cluster: string; namespace: string; name: string } | undefined {
  const parts = ref.split('/');
  if (parts.length !== 3 || parts.some(p => !p)) {
    return undefined;
  }
  const [cluster, namespace, name] = parts;
  return { cluster, namespace, name };
}
