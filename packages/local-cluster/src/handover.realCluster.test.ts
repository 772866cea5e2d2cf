/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ensureLocalCluster, ensureRunCluster } from './ensureLocalCluster';
import { handOverDeliverables } from './handover';
import { applyManifests } from './manifests';
import { loadClientNode } from './clientNode';
import { LocalCluster } from './localClusterHandle';

// The hand-over on the two real clusters: a Deliverable whose namespace the
// run cluster lacks waits on build and does not stop the others.
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

    const names = applied.map(
      d => `${d.metadata?.namespace}/${d.metadata?.name}`,
    );
    expect(names).not.toContain(`${namespace}/orphan`);
    // The sample workloads' Deliverables still reach run.
    expect(names).toContain('dev/shop-frontend');
  });
});
