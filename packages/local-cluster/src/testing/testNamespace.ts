/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { randomBytes } from 'node:crypto';
import type { KubeConfig } from '@kubernetes/client-node';
import { loadClientNode } from '../clientNode';
import { applyManifests, Manifest } from '../manifests';

export const STAMPING_SERVICE_ACCOUNT = 'carto-workload';

/** A short random suffix for names that must be unique per test run. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${randomBytes(3).toString('hex')}`;
}

/** Kinds the namespace's ServiceAccount may stamp, as RBAC groups and resources. */
export interface StampedResources {
  apiGroups: string[];
  resources: string[];
}

/** What the sample templates stamp. */
export const CONFIG_MAPS: StampedResources = {
  apiGroups: [''],
  resources: ['configmaps'],
};

const STAMPING_VERBS = [
  'get',
  'list',
  'watch',
  'create',
  'update',
  'patch',
  'delete',
];

/**
 * A namespace with the ServiceAccount Cartographer stamps with and the right
 * to manage what the templates stamp (by default the samples' ConfigMaps).
 */
export function stampingNamespaceManifests(
  namespace: string,
  labels: Record<string, string>,
  stamped: StampedResources[] = [CONFIG_MAPS],
): Manifest[] {
  return [
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: namespace, labels },
    },
    {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: STAMPING_SERVICE_ACCOUNT, namespace },
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'carto-stamper', namespace },
      rules: stamped.map(r => ({ ...r, verbs: STAMPING_VERBS })),
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'carto-stamper', namespace },
      roleRef: {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'Role',
        name: 'carto-stamper',
      },
      subjects: [
        { kind: 'ServiceAccount', name: STAMPING_SERVICE_ACCOUNT, namespace },
      ],
    },
  ];
}

/** A fresh stamping namespace, so tests never touch the sample namespaces. */
export async function createTestNamespace(
  kubeConfig: KubeConfig,
  prefix: string,
  stamped?: StampedResources[],
): Promise<string> {
  const namespace = uniqueId(prefix);
  await applyManifests(
    kubeConfig,
    stampingNamespaceManifests(
      namespace,
      { 'cartographer.backstage.io/test': 'true' },
      stamped,
    ),
  );
  return namespace;
}

/** Starts namespace deletion; kube-controller-manager finishes it. */
export async function deleteTestNamespace(
  kubeConfig: KubeConfig,
  namespace: string,
): Promise<void> {
  const k8s = await loadClientNode();
  await kubeConfig
    .makeApiClient(k8s.CoreV1Api)
    .deleteNamespace({ name: namespace })
    .catch(() => undefined);
}
