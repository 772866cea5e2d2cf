/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * A cluster that goes away and comes back, on the real control plane. The
 * backend reaches the real kube-apiserver through a TCP relay that the test
 * cuts and restores, so other tests sharing the cluster are not disturbed.
 */
import { mockServices } from '@backstage/backend-test-utils';
import {
  ensureLocalCluster,
  eventually,
  LocalCluster,
} from '@internal/local-cluster';
import { loadClientNode } from '../clusters/clientNode';
import { Relay } from '../__testUtils__/relay';
import { ClusterFleet } from './ClusterFleet';

jest.setTimeout(240_000);

describe('a cluster that goes down and comes back', () => {
  let cluster: LocalCluster;
  let relay: Relay;
  let fleet: ClusterFleet;
  const name = `outage-${Date.now().toString(36)}`;
  const workloads = () =>
    cluster
      .kubeConfig('admin')
      .makeApiClient(loadClientNode().CustomObjectsApi);

  beforeAll(async () => {
    cluster = await ensureLocalCluster();
    const server = new URL(cluster.server);
    relay = new Relay({ host: server.hostname, port: Number(server.port) });
    await relay.open();
  });

  afterAll(async () => {
    fleet?.stop();
    await relay?.cut();
    await workloads()
      .deleteNamespacedCustomObject({
        group: 'carto.run',
        version: 'v1alpha1',
        plural: 'workloads',
        namespace: 'dev',
        name,
      })
      .catch(() => undefined);
  });

  it('serves stale data while down, then recovers and catches up', async () => {
    const kubeConfig = () => {
      const kc = cluster.kubeConfig('backstage');
      // Same CA and token; only the address goes through the relay.
      (kc.getCurrentCluster() as { server: string }).server =
        `https://127.0.0.1:${relay.port}`;
      return kc;
    };
    fleet = new ClusterFleet(
      [{ name: 'flaky', source: 'kubeconfig', kubeConfig }],
      mockServices.logger.mock(),
      { backoffMs: () => 500 },
    );
    fleet.start();
    const flaky = fleet.cluster('flaky');
    await eventually(() => flaky.info().state === 'ready');
    const before = flaky.list('Workload').length;
    expect(before).toBeGreaterThan(0);
    expect(flaky.stale).toBe(false);

    await relay.cut();
    const down = await eventually(() => {
      const info = flaky.info();
      return info.state !== 'ready' && info;
    });
    // The last sync is kept and served, marked stale.
    expect(flaky.stale).toBe(true);
    expect(down.lastError).toBeTruthy();
    expect(flaky.list('Workload')).toHaveLength(before);

    // Created while the backend cannot see the cluster.
    await workloads().createNamespacedCustomObject({
      group: 'carto.run',
      version: 'v1alpha1',
      plural: 'workloads',
      namespace: 'dev',
      body: {
        apiVersion: 'carto.run/v1alpha1',
        kind: 'Workload',
        metadata: {
          name,
          labels: { 'apps.tanzu.vmware.com/workload-type': 'web' },
        },
        spec: {
          source: {
            git: {
              url: 'https://github.com/sample-org/outage',
              ref: { branch: 'main' },
            },
          },
        },
      },
    });

    await relay.open();
    await eventually(() => flaky.info().state === 'ready');
    expect(flaky.stale).toBe(false);
    await eventually(() =>
      flaky.list('Workload').some(w => w.metadata?.name === name),
    );
  });
});
