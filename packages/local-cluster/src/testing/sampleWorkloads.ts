/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * A test's own Workloads in namespace dev of the real local cluster, changed
 * the way a developer's kubectl would: copies of shop-frontend that a
 * catalog entity claims by their part-of label, broken and fixed through
 * the image-build template's params. Jest and the browser tests share them.
 */
import type { CustomObjectsApi } from '@kubernetes/client-node';
import { workloadManifest } from './workloads';

const WORKLOADS = {
  group: 'carto.run',
  version: 'v1alpha1',
  plural: 'workloads',
  namespace: 'dev',
} as const;

export type WorkloadParam = { name: string; value: string };

/** The failing build the demo uses: the image-build template reads these params. */
export const failingBuild = (message: string): WorkloadParam[] => [
  { name: 'build_status', value: 'failed' },
  { name: 'build_message', value: message },
];

/**
 * Creates a web Workload `name` in dev, claimed by the entity `partOf`,
 * building shop-frontend's repository unless told another; returns it as
 * created.
 */
export function createSampleWorkload(
  admin: CustomObjectsApi,
  name: string,
  options: {
    partOf?: string;
    params?: WorkloadParam[];
    repository?: string;
  } = {},
) {
  const manifest = workloadManifest({
    name,
    namespace: WORKLOADS.namespace,
    labels: {
      'apps.tanzu.vmware.com/workload-type': 'web',
      'app.kubernetes.io/part-of': options.partOf ?? name,
    },
  });
  return admin.createNamespacedCustomObject({
    ...WORKLOADS,
    body: {
      ...manifest,
      spec: {
        ...manifest.spec,
        params: options.params ?? [],
        source: {
          git: {
            url: `https://github.com/sample-org/${options.repository ?? 'shop-frontend'}`,
            ref: { branch: 'main' },
          },
        },
      },
    },
  });
}

/** Replaces the workload's params (breaks or fixes its build). */
export function setSampleParams(
  admin: CustomObjectsApi,
  name: string,
  params: WorkloadParam[],
) {
  return admin.patchNamespacedCustomObject({
    ...WORKLOADS,
    name,
    body: [{ op: 'replace', path: '/spec/params', value: params }],
  });
}

/** Deletes it, if it is there. */
export async function deleteSampleWorkload(
  admin: CustomObjectsApi | undefined,
  name: string,
) {
  await admin
    ?.deleteNamespacedCustomObject({ ...WORKLOADS, name })
    .catch(() => undefined);
}
