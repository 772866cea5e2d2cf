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

/**
 * A namespace with the ServiceAccount Cartographer stamps with and the right
 * to manage the ConfigMaps the sample templates stamp.
 */
export function stampingNamespaceManifests(
  namespace: string,
  labels: Record<string, string>,
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
      rules: [
        {
          apiGroups: [''],
          resources: ['configmaps'],
          verbs: [
            'get',
            'list',
            'watch',
            'create',
            'update',
            'patch',
            'delete',
          ],
        },
      ],
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
): Promise<string> {
  const namespace = uniqueId(prefix);
  await applyManifests(
    kubeConfig,
    stampingNamespaceManifests(namespace, {
      'cartographer.backstage.io/test': 'true',
    }),
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
