/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ensureLocalCluster, ensureRunCluster } from './ensureLocalCluster';
import { eventually } from './eventually';
import { HANDED_OVER_FROM_LABEL, handOverDeliverables } from './handover';
import { applyManifests } from './manifests';
import { loadClientNode } from './clientNode';
import { LocalCluster } from './localClusterHandle';
import {
  createTestNamespace,
  deleteTestNamespace,
  stampingNamespaceManifests,
} from './testing/testNamespace';
import { CARTO, createWorkload, deleteWorkload } from './testing/workloads';

// The hand-over on the two real clusters: a Deliverable whose namespace the
// run cluster lacks waits on build and does not stop the others; one whose
// workload is deleted on build is pruned from run.
describe('handOverDeliverables on the build and run clusters', () => {
  let build: LocalCluster;
  let run: LocalCluster;
  const namespace = `handover-${Date.now().toString(36)}`;

  beforeAll(async () => {
    build = await ensureLocalCluster();
    run = await ensureRunCluster();
  }, 45 * 60_000);

  afterAll(async () => {
    const k8s = await loadClientNode();
    await build
      ?.kubeConfig('admin')
      .makeApiClient(k8s.CoreV1Api)
      .deleteNamespace({ name: namespace })
      .catch(() => undefined);
    await build?.stop();
    await run?.stop();
  });

  it('skips a Deliverable for a namespace run lacks and applies the rest', async () => {
    const admin = build.kubeConfig('admin');
    await applyManifests(admin, [
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } },
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
          name: 'orphan-deliverable',
          namespace,
          labels: { 'app.kubernetes.io/component': 'deliverable' },
        },
        data: {
          deliverable: [
            'apiVersion: carto.run/v1alpha1',
            'kind: Deliverable',
            'metadata: { name: orphan }',
            'spec: { source: { image: registry.local.example/orphan } }',
          ].join('\n'),
        },
      },
    ]);

    const applied = await handOverDeliverables(admin, run.kubeConfig('admin'));

    const names = applied.applied.map(
      d => `${d.metadata?.namespace}/${d.metadata?.name}`,
    );
    expect(names).not.toContain(`${namespace}/orphan`);
    // The sample workloads' Deliverables still reach run.
    expect(names).toContain('dev/shop-frontend');
  });

  it('prunes from run the Deliverable of a workload deleted on build, and nothing made by hand', async () => {
    const k8s = await loadClientNode();
    const buildAdmin = build.kubeConfig('admin');
    const runAdmin = run.kubeConfig('admin');
    const ns = await createTestNamespace(buildAdmin, 'prune');
    // The platform team's namespace on run, as for the samples.
    await applyManifests(
      runAdmin,
      stampingNamespaceManifests(ns, {
        'cartographer.backstage.io/test': 'true',
      }),
    );
    const onRun = runAdmin.makeApiClient(k8s.CustomObjectsApi);
    const deliverableOnRun = (name: string) =>
      onRun
        .getNamespacedCustomObject({
          ...CARTO,
          plural: 'deliverables',
          namespace: ns,
          name,
        })
        .then(
          d => d as { metadata: { labels?: Record<string, string> } },
          () => undefined,
        );
    try {
      await createWorkload(buildAdmin, {
        name: 'shop',
        namespace: ns,
        labels: { 'apps.tanzu.vmware.com/workload-type': 'web' },
      });
      // Made by hand on run: no hand-over label, so never pruned.
      await onRun.createNamespacedCustomObject({
        ...CARTO,
        plural: 'deliverables',
        namespace: ns,
        body: {
          apiVersion: 'carto.run/v1alpha1',
          kind: 'Deliverable',
          metadata: { name: 'by-hand' },
          spec: { source: { image: 'registry.local.example/by-hand' } },
        },
      });
      const core = buildAdmin.makeApiClient(k8s.CoreV1Api);
      const published = () =>
        core
          .readNamespacedConfigMap({ name: 'shop-deliverable', namespace: ns })
          .then(
            () => true,
            () => false,
          );
      // The chain's deliverable stage publishes the manifest.
      await eventually(published, 120_000);
      const first = await handOverDeliverables(buildAdmin, runAdmin);
      expect(
        first.applied.map(d => `${d.metadata?.namespace}/${d.metadata?.name}`),
      ).toContain(`${ns}/shop`);
      expect(first.pruned).toEqual([]);
      const handedOver = await deliverableOnRun('shop');
      expect(handedOver?.metadata.labels?.[HANDED_OVER_FROM_LABEL]).toMatch(
        /^[0-9a-f-]{36}$/,
      );

      await deleteWorkload(buildAdmin, { name: 'shop', namespace: ns });
      // Garbage collection removes the stamped ConfigMap with its owner.
      await eventually(async () => !(await published()), 60_000);
      const second = await handOverDeliverables(buildAdmin, runAdmin);
      expect(
        second.pruned.map(d => `${d.metadata?.namespace}/${d.metadata?.name}`),
      ).toEqual([`${ns}/shop`]);
      expect(await deliverableOnRun('shop')).toBeUndefined();
      expect(await deliverableOnRun('by-hand')).toBeDefined();
      // The samples' Deliverables are still published, so still on run.
      expect(
        await onRun.getNamespacedCustomObject({
          ...CARTO,
          plural: 'deliverables',
          namespace: 'dev',
          name: 'shop-frontend',
        }),
      ).toBeDefined();
    } finally {
      await deleteTestNamespace(buildAdmin, ns);
      await deleteTestNamespace(runAdmin, ns);
    }
  });
});
