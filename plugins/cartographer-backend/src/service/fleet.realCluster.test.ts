/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * A build cluster and two run clusters, all real control planes with the
 * real Cartographer: the Deliverables the build chain hands over are joined
 * to their workload, stopping either side's kube-apiserver leaves the other
 * answering, and the cluster permission rule hides a side.
 *
 * `build` and `run` are control planes this file starts (about 15 s, in
 * parallel), so it may stop their API servers without disturbing other test
 * files; `run-eu` is the run cluster of `yarn cluster:up`.
 */
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  ensureRunCluster,
  eventually,
  handOverDeliverables,
  LocalCluster,
  seedSamples,
  startApiserverWithoutCartographer,
  startLocalCluster,
  stopApiserver,
  waitForSettled,
} from '@internal/local-cluster';
import request from 'supertest';
import { authorizerFor } from '../__testUtils__/permissions';
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

/** The backend reads a cluster as its least-privilege `backstage` user. */
const definition = (
  name: string,
  cluster: LocalCluster,
): ClusterDefinition => ({
  name,
  source: 'kubeconfig',
  kubeConfig: () => cluster.kubeConfig('backstage'),
});

describe('a build cluster and a run cluster', () => {
  let build: LocalCluster;
  let run: LocalCluster;
  let runEu: LocalCluster;
  let fleet: ClusterFleet;
  let buildDef: ClusterDefinition;
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
    [build, run, runEu] = await Promise.all([
      startLocalCluster(),
      startLocalCluster(),
      ensureRunCluster(),
    ]);
    await seedSamples(build.kubeConfig('admin'), undefined, 'build');
    // Idempotent on the fleet `cluster:up` seeded.
    for (const side of [run, runEu]) {
      await seedSamples(side.kubeConfig('admin'), undefined, 'run');
    }
    await waitForSettled(build.kubeConfig('admin'), {
      kind: 'Workload',
      namespace: 'dev',
      name: 'shop-frontend',
    });
    // cluster:up's run cluster has its Deliverables from cluster:up's build
    // (the same samples); handing over again would relabel them as this
    // file's build's, which the demo's own hand-over would then not prune.
    for (const side of runEu.owned ? [run, runEu] : [run]) {
      await handOverDeliverables(
        build.kubeConfig('admin'),
        side.kubeConfig('admin'),
      );
    }
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
    buildDef = definition('build', build);
    fleet = new ClusterFleet(
      [buildDef, definition('run', run), definition('run-eu', runEu)],
      mockServices.logger.mock(),
      { backoffMs: () => 500 },
    );
    fleet.start();
    await eventually(() => fleet.all().every(c => c.info().state === 'ready'));
  });

  afterAll(async () => {
    fleet?.stop();
    await Promise.all([build?.stop(), run?.stop(), runEu?.stop()]);
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
    // One Deliverable on each run cluster (two control planes), none on build.
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

  /**
   * Stops one side's real kube-apiserver: the other side answers, the
   * stopped one is served from its last data, marked stale in place. A
   * change made to it meanwhile (through a stand-in API server on its etcd)
   * reaches the backend once it is restarted.
   */
  async function outage(name: 'run' | 'build') {
    const cluster = name === 'run' ? run : build;
    const otherName = name === 'run' ? 'build' : 'run';
    const kind = name === 'run' ? 'Deliverable' : 'Workload';
    const marker = `while-${name}-down-${suffix}`;
    const down = await stopApiserver(cluster);
    try {
      await eventually(() => fleet.cluster(name).info().state !== 'ready');
      expect(fleet.cluster(name).stale).toBe(true);
      expect(fleet.cluster(otherName).info().state).toBe('ready');
      const res = await shopFrontend();
      expect(res.status).toBe(200);
      expect(res.body.workload).toMatchObject({
        cluster: 'build',
        stale: name === 'build',
      });
      const onRun = res.body.deliverables.find((d: any) => d.cluster === 'run');
      // Its last data: still there, still Ready, marked stale.
      expect(onRun).toMatchObject({
        name: 'shop-frontend',
        stale: name === 'run',
        diagnosis: { state: 'ready' },
      });
      expect(
        res.body.deliverables.find((d: any) => d.cluster === 'run-eu').stale,
      ).toBe(false);
      const clusters = (await request(await app(allowAll)).get('/clusters'))
        .body.clusters;
      const stateOf = (n: string) =>
        clusters.find((c: any) => c.name === n).state;
      expect(stateOf(otherName)).toBe('ready');
      expect(stateOf(name)).not.toBe('ready');

      await down.changeMeanwhile(admin =>
        admin
          .makeApiClient(loadClientNode().CustomObjectsApi)
          .patchNamespacedCustomObject(
            {
              ...CARTO,
              plural: name === 'run' ? 'deliverables' : 'workloads',
              namespace: 'dev',
              name: 'shop-frontend',
              body: {
                metadata: { annotations: { 'test.example/marker': marker } },
              },
            },
            loadClientNode().setHeaderOptions(
              'Content-Type',
              loadClientNode().PatchStrategy.MergePatch,
            ),
          ),
      );
      // The backend cannot have seen it: its API server is still down.
      expect(
        fleet.cluster(name).get<any>(kind, 'dev', 'shop-frontend')?.metadata
          ?.annotations?.['test.example/marker'],
      ).toBeUndefined();
    } finally {
      await down.restart();
    }
    await eventually(() => fleet.cluster(name).info().state === 'ready');
    expect(fleet.cluster(name).stale).toBe(false);
    await eventually(
      () =>
        fleet.cluster(name).get<any>(kind, 'dev', 'shop-frontend')?.metadata
          ?.annotations?.['test.example/marker'] === marker,
    );
    const after = await shopFrontend();
    expect(after.body.workload.stale).toBe(false);
    expect(after.body.deliverables.every((d: any) => !d.stale)).toBe(true);
  }

  it("run's kube-apiserver stopped: build answers, run is stale with its last data, then catches up", async () => {
    await expect(outage('run')).resolves.toBeUndefined();
  });

  it("build's kube-apiserver stopped: run answers, build is stale with its last data, then catches up", async () => {
    await expect(outage('build')).resolves.toBeUndefined();
  });
});
