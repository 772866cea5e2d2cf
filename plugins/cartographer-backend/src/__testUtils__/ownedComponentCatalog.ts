/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
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
