/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import type { KubeConfig } from '@kubernetes/client-node';
import { loadClientNode } from '../clientNode';
import { OwnerObject } from '../samples';
import { STAMPING_SERVICE_ACCOUNT } from './testNamespace';

export const CARTO = { group: 'carto.run', version: 'v1alpha1' } as const;

export interface WorkloadFields {
  name: string;
  namespace: string;
  labels?: Record<string, string>;
  spec?: Record<string, unknown>;
}

/** A Workload body with the stamping ServiceAccount and a git source. */
export function workloadManifest(fields: WorkloadFields): OwnerObject {
  return {
    apiVersion: 'carto.run/v1alpha1',
    kind: 'Workload',
    metadata: {
      name: fields.name,
      namespace: fields.namespace,
      labels: fields.labels,
    },
    spec: {
      serviceAccountName: STAMPING_SERVICE_ACCOUNT,
      source: {
        git: {
          url: `https://github.com/sample-org/${fields.name}`,
          ref: { branch: 'main' },
        },
      },
      ...fields.spec,
    },
  };
}

export async function createWorkload(
  kubeConfig: KubeConfig,
  fields: WorkloadFields,
  options: { dryRun?: boolean } = {},
): Promise<OwnerObject> {
  const k8s = await loadClientNode();
  return (await kubeConfig
    .makeApiClient(k8s.CustomObjectsApi)
    .createNamespacedCustomObject({
      ...CARTO,
      plural: 'workloads',
      namespace: fields.namespace,
      body: workloadManifest(fields),
      dryRun: options.dryRun ? 'All' : undefined,
    })) as OwnerObject;
}

export async function deleteWorkload(
  kubeConfig: KubeConfig,
  ref: { name: string; namespace: string },
): Promise<void> {
  const k8s = await loadClientNode();
  await kubeConfig
    .makeApiClient(k8s.CustomObjectsApi)
    .deleteNamespacedCustomObject({
      ...CARTO,
      plural: 'workloads',
      ...ref,
    });
}

/** The HTTP status of a failed client-node call, e.g. 403. */
export function statusCodeOf(error: unknown): number | undefined {
  const { code, statusCode } = (error ?? {}) as {
    code?: unknown;
    statusCode?: unknown;
  };
  if (typeof code === 'number') return code;
  if (typeof statusCode === 'number') return statusCode;
  return undefined;
}
