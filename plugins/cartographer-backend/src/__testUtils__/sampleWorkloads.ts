/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * Workloads of a test's own in namespace dev of the real local cluster:
 * copies of shop-frontend that a catalog entity claims by its part-of
 * label, broken and fixed through the image-build template's params.
 */

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

/** Creates a healthy copy of shop-frontend named `name`, claimed by the entity `partOf`; returns it as created. */
export function createSampleWorkload(admin: any, name: string, partOf = name) {
  return admin.createNamespacedCustomObject({
    ...WORKLOADS,
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
        params: [],
        source: {
          git: {
            url: 'https://github.com/sample-org/shop-frontend',
            ref: { branch: 'main' },
          },
        },
      },
    },
  });
}

/** Replaces the workload's params (breaks or fixes its build). */
export function setSampleParams(
  admin: any,
  name: string,
  params: WorkloadParam[],
) {
  return admin.patchNamespacedCustomObject(
    {
      ...WORKLOADS,
      name,
      body: [{ op: 'replace', path: '/spec/params', value: params }],
    },
    undefined,
  );
}

/** Deletes it, if it is there. */
export async function deleteSampleWorkload(admin: any, name: string) {
  await admin
    ?.deleteNamespacedCustomObject({ ...WORKLOADS, name })
    .catch(() => undefined);
}

/**
 * The catalog of a notification test: Component `name`, which claims the
 * workloads labelled part-of `name`, owned by the first of `groups`; each
 * group with its member users, and those users.
 */
export function ownedComponentCatalog(
  name: string,
  groups: Record<string, string[]>,
) {
  const [owner] = Object.keys(groups);
  const users = Object.values(groups).flat();
  return [
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name,
        namespace: 'default',
        annotations: {
          'backstage.io/kubernetes-label-selector': `app.kubernetes.io/part-of=${name}`,
        },
      },
      spec: { type: 'service', lifecycle: 'experimental', owner },
      relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
    },
    ...Object.entries(groups).map(([group, members]) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: group, namespace: 'default' },
      spec: { type: 'team', children: [] },
      relations: members.map(targetRef => ({ type: 'hasMember', targetRef })),
    })),
    ...users.map(ref => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: ref.split('/')[1], namespace: 'default' },
      spec: {},
    })),
  ];
}
