/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * The build cluster's API as its admin, for browser tests that change a
 * Workload the way a developer's kubectl would.
 */
import { CustomObjectsApi, KubeConfig } from '@kubernetes/client-node';
import { join } from 'node:path';

const kubeconfig = join(__dirname, '../../../.local-cluster/state/kubeconfig');

const WORKLOADS = {
  group: 'carto.run',
  version: 'v1alpha1',
  plural: 'workloads',
} as const;

function api(): CustomObjectsApi {
  const config = new KubeConfig();
  config.loadFromFile(kubeconfig);
  config.setCurrentContext('admin');
  return config.makeApiClient(CustomObjectsApi);
}

/** The failing build the demo uses: the image-build template reads these params. */
export const failingBuild = (message: string) => [
  { name: 'build_status', value: 'failed' },
  { name: 'build_message', value: message },
];

/** A web Workload in dev that the catalog entity `partOf` claims. */
export async function createWorkload(
  name: string,
  partOf: string,
  params: Array<{ name: string; value: string }>,
) {
  await api().createNamespacedCustomObject({
    ...WORKLOADS,
    namespace: 'dev',
    body: {
      apiVersion: 'carto.run/v1alpha1',
      kind: 'Workload',
      metadata: {
        name,
        namespace: 'dev',
        labels: {
          'apps.tanzu.vmware.com/workload-type': 'web',
          'app.kubernetes.io/part-of': partOf,
        },
      },
      spec: {
        serviceAccountName: 'carto-workload',
        params,
        source: {
          git: {
            url: `https://github.com/sample-org/${partOf}`,
            ref: { branch: 'main' },
          },
        },
      },
    },
  });
}

export async function setWorkloadParams(
  name: string,
  params: Array<{ name: string; value: string }>,
) {
  await api().patchNamespacedCustomObject({
    ...WORKLOADS,
    namespace: 'dev',
    name,
    body: [{ op: 'replace', path: '/spec/params', value: params }],
  });
}

export async function deleteWorkload(name: string) {
  await api()
    .deleteNamespacedCustomObject({ ...WORKLOADS, namespace: 'dev', name })
    .catch(() => undefined);
}
