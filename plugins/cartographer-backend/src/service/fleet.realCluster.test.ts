/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * A build cluster and a run cluster, both real control planes with the real
 * Cartographer (the fleet `yarn cluster:up` starts): the Deliverable the
 * build chain hands over is joined to its workload, outages of either side
 * leave the other answering, and the cluster permission rule hides a side.
 */
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  ensureLocalCluster,
  ensureRunCluster,
  eventually,
  handOverDeliverables,
  LocalCluster,
  seedSamples,
  startApiserverWithoutCartographer,
  stopApiserver,
  waitForSettled,
} from '@internal/local-cluster';
import request from 'supertest';
import { authorizerFor } from '../__testUtils__/permissions';
import { Relay } from '../__testUtils__/relay';
import { routerApp } from '../__testUtils__/routerApp';
import { ClusterFleet } from '../cache/ClusterFleet';
import { loadClientNode } from '../clusters/clientNode';
import { ClusterDefinition } from '../clusters/readClusters';

jest.setTimeout(300_000);

const config = new ConfigReader({
  cartographer: { approval: { label: 'cartographer.backstage.io/approved' } },
});
const allowAll: PolicyDecision = { result: AuthorizeResult.ALLOW };
const buildOnly: PolicyDecision = {
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'cartographer',
  resourceType: 'cartographer-workload',
  conditions: {
    rule: 'IS_IN_CLUSTER',
    resourceType: 'cartographer-workload',
    params: { clusters: ['build'] },
  },
};
const CARTO = { group: 'carto.run', version: 'v1alpha1' } as const;

/** The backend reaches a cluster through a relay the test can cut. */
async function relayed(name: string, cluster: LocalCluster) {
  const server = new URL(cluster.server);
  const relay = new Relay({ host: server.hostname, port: Number(server.port) });
  await relay.open();
  const definition: ClusterDefinition = {
    name,
    source: 'kubeconfig',
    kubeConfig: () => {
      const kc = cluster.kubeConfig('backstage');
      (kc.getCurrentCluster() as { server: string }).server =
        `https://127.0.0.1:${relay.port}`;
      return kc;
    },
  };
  return { relay, definition };
}

describe('a build cluster and a run cluster', () => {
  let build: LocalCluster;
  let run: LocalCluster;
  let buildRelay: Relay;
  let runRelay: Relay;
  let fleet: ClusterFleet;
  let buildDef: ClusterDefinition;
  let runDef: ClusterDefinition;
  const suffix = Date.now().toString(36);
  const orphan = `gone-${suffix}`;
  const app = (decision: PolicyDecision) =>
    routerApp({
      fleet,
      config,
      authorizer: authorizerFor(decision).authorizer,
    });
  const deliverables = (cluster: LocalCluster) =>
    cluster
      .kubeConfig('admin')
      .makeApiClient(loadClientNode().CustomObjectsApi);

  beforeAll(async () => {
    build = await ensureLocalCluster();
    run = await ensureRunCluster();
    // Idempotent on the fleet `cluster:up` seeded; a fresh run cluster
    // gets its side here.
    await seedSamples(run.kubeConfig('admin'), undefined, 'run');
    await waitForSettled(build.kubeConfig('admin'), {
      kind: 'Workload',
      namespace: 'dev',
      name: 'shop-frontend',
    });
    await handOverDeliverables(
      build.kubeConfig('admin'),
      run.kubeConfig('admin'),
    );
    // A Deliverable whose workload is on no cluster.
    await deliverables(run).createNamespacedCustomObject({
      ...CARTO,
      plural: 'deliverables',
      namespace: 'dev',
      body: {
        apiVersion: 'carto.run/v1alpha1',
        kind: 'Deliverable',
        metadata: {
          name: orphan,
          labels: {
            'apps.tanzu.vmware.com/deliverable-type': 'web',
            'carto.run/workload-name': orphan,
            'carto.run/workload-namespace': 'dev',
          },
        },
        spec: {
          serviceAccountName: 'carto-workload',
          source: {
            git: {
              url: 'https://github.com/sample-org/gitops-config',
              ref: { branch: 'main' },
            },
          },
        },
      },
    });
    ({ relay: buildRelay, definition: buildDef } = await relayed(
      'build',
      build,
    ));
    ({ relay: runRelay, definition: runDef } = await relayed('run', run));
    const { definition: euDef } = await relayed('run-eu', run);
    fleet = new ClusterFleet(
      [buildDef, runDef, euDef],
      mockServices.logger.mock(),
      { backoffMs: () => 500 },
    );
    fleet.start();
    await eventually(() => fleet.all().every(c => c.info().state === 'ready'));
  });

  afterAll(async () => {
    fleet?.stop();
    await buildRelay?.cut();
    await runRelay?.cut();
    await deliverables(run)
      .deleteNamespacedCustomObject({
        ...CARTO,
        plural: 'deliverables',
        namespace: 'dev',
        name: orphan,
      })
      .catch(() => undefined);
  });

  const shopFrontend = async (decision: PolicyDecision = allowAll) =>
    request(await app(decision)).get('/workloads/build/dev/shop-frontend');

  it('joins a workload on build to its Ready Deliverable on each run cluster', async () => {
    const res = await eventually(async () => {
      const r = await shopFrontend();
      return (
        r.body.deliverables?.every((d: any) => d.diagnosis.state === 'ready') &&
        r
      );
    });
    expect(res.status).toBe(200);
    expect(res.body.workload.cluster).toBe('build');
    expect(res.body.graph.nodes.map((n: any) => n.name)).toContain(
      'deliverable',
    );
    // `run-eu` is a second configured run cluster (the same control plane
    // under another name): one Deliverable per run cluster, none on build.
    expect(
      res.body.deliverables.map(
        (d: any) => `${d.cluster}/${d.namespace}/${d.name}:${d.match}`,
      ),
    ).toEqual([
      'run/dev/shop-frontend:labels',
      'run-eu/dev/shop-frontend:labels',
    ]);
    expect(res.body.deliverables[0]).toMatchObject({
      delivery: 'delivery-basic',
      stale: false,
      diagnosis: { state: 'ready' },
    });
    expect(
      res.body.deliverables[0].graph.nodes.map((n: any) => n.name),
    ).toEqual(['source-provider', 'deployer']);
    expect(res.body.deliverablesHidden).toBe(false);
  });

  it('onboards onto the build cluster, the one with supply chains, when the request names none', async () => {
    const preview = await request(await app(allowAll))
      .post('/workloads/preview')
      .send({
        draft: {
          metadata: { name: 'shop-frontend', namespace: 'dev', labels: {} },
          spec: {},
        },
      });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ cluster: 'build', exists: true });
  });

  it('lists the Deliverables of a ClusterDelivery, one whose workload is gone too', async () => {
    const res = await eventually(async () => {
      const r = await request(await app(allowAll)).get(
        '/supply-chains/run/delivery-basic',
      );
      return r.body.deliverables?.some((d: any) => d.name === orphan) && r;
    });
    const byName = Object.fromEntries(
      res.body.deliverables.map((d: any) => [`${d.namespace}/${d.name}`, d]),
    );
    expect(byName['dev/shop-frontend'].workload).toEqual({
      cluster: 'build',
      namespace: 'dev',
      name: 'shop-frontend',
    });
    expect(byName['payments/ledger'].workload.cluster).toBe('build');
    expect(byName[`dev/${orphan}`].cluster).toBe('run');
    expect(byName[`dev/${orphan}`].workload).toBeUndefined();
  });

  it('with a policy allowing build only, shows the workload, hides its Deliverables and says so', async () => {
    const res = await shopFrontend(buildOnly);
    expect(res.status).toBe(200);
    expect(res.body.workload.name).toBe('shop-frontend');
    expect(res.body.deliverables).toEqual([]);
    expect(res.body.deliverable).toBeUndefined();
    expect(res.body.deliverablesHidden).toBe(true);
    // The denied cluster is not named anywhere in the answer.
    expect(JSON.stringify(res.body)).not.toMatch(/"run(-eu)?"/);

    const delivery = await request(await app(buildOnly)).get(
      '/supply-chains/run/delivery-basic',
    );
    expect(delivery.body.deliverables).toEqual([]);
    expect(delivery.body.deliverablesHidden).toBe(true);
    const list = await request(await app(buildOnly)).get('/workloads');
    expect(new Set(list.body.items.map((w: any) => w.cluster))).toEqual(
      new Set(['build']),
    );
  });

  it('a run cluster without the Cartographer CRDs is quietly notInstalled and blanks nothing', async () => {
    const bare = await startApiserverWithoutCartographer(run);
    const logger = mockServices.logger.mock();
    const withBare = new ClusterFleet(
      [
        buildDef,
        {
          name: 'run-bare',
          source: 'kubeconfig',
          kubeConfig: () => bare.kubeConfig('backstage'),
        },
      ],
      logger,
      { backoffMs: () => 500 },
    );
    try {
      withBare.start();
      await eventually(
        () =>
          withBare.cluster('run-bare').info().state === 'notInstalled' &&
          withBare.cluster('build').info().state === 'ready',
      );
      const bareApp = await routerApp({
        fleet: withBare,
        config,
        authorizer: authorizerFor(allowAll).authorizer,
      });
      const clusters = (await request(bareApp).get('/clusters')).body.clusters;
      expect(clusters.find((c: any) => c.name === 'run-bare')).toMatchObject({
        state: 'notInstalled',
      });
      const list = await request(bareApp).get('/workloads');
      expect(list.status).toBe(200);
      expect(list.body.items.map((w: any) => w.name)).toContain(
        'shop-frontend',
      );
      const detail = await request(bareApp).get(
        '/workloads/build/dev/shop-frontend',
      );
      expect(detail.status).toBe(200);
      expect(detail.body.deliverables).toEqual([]);
      expect(detail.body.deliverablesHidden).toBe(false);
      const chains = await request(bareApp).get('/supply-chains');
      expect(chains.status).toBe(200);
      expect(
        chains.body.items.filter((c: any) => c.cluster === 'run-bare'),
      ).toEqual([]);
      // Quiet: a cluster without Cartographer is not an error to log.
      expect(logger.error).not.toHaveBeenCalled();
    } finally {
      withBare.stop();
      await bare.stop();
    }
  });

  it("stopping run's kube-apiserver leaves build answering and run stale with its last data", async () => {
    const restart = await stopApiserver(run);
    try {
      const runCache = fleet.cluster('run');
      await eventually(() => runCache.info().state !== 'ready');
      expect(runCache.stale).toBe(true);
      const res = await shopFrontend();
      expect(res.status).toBe(200);
      expect(res.body.workload).toMatchObject({
        cluster: 'build',
        stale: false,
      });
      const onRun = res.body.deliverables.find((d: any) => d.cluster === 'run');
      expect(onRun).toMatchObject({ name: 'shop-frontend', stale: true });
      expect(onRun.diagnosis.state).toBe('ready');
      const clusters = (await request(await app(allowAll)).get('/clusters'))
        .body.clusters;
      expect(clusters.find((c: any) => c.name === 'build').state).toBe('ready');
      expect(clusters.find((c: any) => c.name === 'run').state).not.toBe(
        'ready',
      );
    } finally {
      await restart();
    }
    await eventually(() => fleet.cluster('run').info().state === 'ready');
    expect(fleet.cluster('run').stale).toBe(false);
  });

  /**
   * Cuts the backend off one side, changes that side meanwhile, restores the
   * connection and waits until the backend has the change.
   */
  async function catchUp(name: 'run' | 'build') {
    const [relay, cluster, other] =
      name === 'run' ? [runRelay, run, 'build'] : [buildRelay, build, 'run'];
    const kind = name === 'run' ? 'Deliverable' : 'Workload';
    const marker = `while-${name}-down-${suffix}`;
    await relay.cut();
    await eventually(() => fleet.cluster(name).info().state !== 'ready');
    expect(fleet.cluster(other).info().state).toBe('ready');
    const answer = await shopFrontend();
    expect(answer.status).toBe(200);
    // The unreachable side is served from its last data, marked stale.
    expect(answer.body.workload.stale).toBe(name === 'build');
    expect(
      answer.body.deliverables.find((d: any) => d.cluster === 'run').stale,
    ).toBe(name === 'run');
    // Changed while the backend cannot see the cluster.
    await deliverables(cluster).patchNamespacedCustomObject(
      {
        ...CARTO,
        plural: name === 'run' ? 'deliverables' : 'workloads',
        namespace: 'dev',
        name: 'shop-frontend',
        body: { metadata: { annotations: { 'test.example/marker': marker } } },
      },
      loadClientNode().setHeaderOptions(
        'Content-Type',
        loadClientNode().PatchStrategy.MergePatch,
      ),
    );
    await relay.open();
    await eventually(() => fleet.cluster(name).info().state === 'ready');
    await eventually(
      () =>
        fleet.cluster(name).get<any>(kind, 'dev', 'shop-frontend')?.metadata
          ?.annotations?.['test.example/marker'] === marker,
    );
  }

  it('run cut off: build answers, run catches up with a change made meanwhile', async () => {
    await expect(catchUp('run')).resolves.toBeUndefined();
  });

  it('build cut off: run answers, build catches up with a change made meanwhile', async () => {
    await expect(catchUp('build')).resolves.toBeUndefined();
  });
});
