/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { waitFor } from './waitFor';
import { createWorkload, statusCodeOf } from './testing/workloads';
import { useLocalCluster } from './testing/useLocalCluster';

// Real RBAC: the static token users of the local cluster and the roles in
// examples/rbac.
describe('RBAC on the local cluster', () => {
  const context = useLocalCluster();

  it('refuses a Workload from the restricted user outside its namespace', async () => {
    const restricted = context().cluster.kubeConfig('restricted');
    const error = await createWorkload(
      restricted,
      { name: 'not-allowed', namespace: 'payments' },
      { dryRun: true },
    ).catch(e => e);
    expect(statusCodeOf(error)).toBe(403);
  });

  it('lets the restricted user create Workloads in dev through the aggregated edit role', async () => {
    const restricted = context().cluster.kubeConfig('restricted');
    // clusterrole-aggregation runs in kube-controller-manager; right after a
    // fresh start it may need a moment.
    const created = await waitFor(
      () =>
        createWorkload(
          restricted,
          { name: 'allowed', namespace: 'dev' },
          { dryRun: true },
        ),
      { timeoutMs: 30_000, description: 'edit to include carto.run workloads' },
    );
    expect(created.metadata?.name).toBe('allowed');
  });

  it('gives the backstage user reads on carto.run but no secrets', async () => {
    const { cluster, k8s } = context();
    const backstage = cluster.kubeConfig('backstage');
    const custom = backstage.makeApiClient(k8s.CustomObjectsApi);
    const chains = (await custom.listClusterCustomObject({
      group: 'carto.run',
      version: 'v1alpha1',
      plural: 'clustersupplychains',
    })) as { items: unknown[] };
    expect(chains.items.length).toBeGreaterThan(0);

    const error = await backstage
      .makeApiClient(k8s.CoreV1Api)
      .listSecretForAllNamespaces()
      .catch(e => e);
    expect(statusCodeOf(error)).toBe(403);
  });
});
