/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { parseEntityRef } from '@backstage/catalog-model';
import { CartographerWorkloadKey } from '@internal/plugin-cartographer-node';

/** Path of the portal's workload page (the frontend plugin's route). */
export function workloadPagePath(key: CartographerWorkloadKey): string {
  return `/cartographer/workloads/${[key.cluster, key.namespace, key.name]
    .map(encodeURIComponent)
    .join('/')}`;
}

/**
 * Path of an entity's Supply Chain tab. Without a kind and namespace the
 * ref names the Component the catalog provider makes from workloads
 * labelled `app.kubernetes.io/part-of=<app>` (in namespace `default`).
 */
export function entitySupplyChainPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef, {
    defaultKind: 'component',
    defaultNamespace: 'default',
  });
  return `/catalog/${[namespace, kind.toLocaleLowerCase('en-US'), name]
    .map(encodeURIComponent)
    .join('/')}/supply-chain`;
}
