/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * `CARTOGRAPHER_CLUSTERS=1`, live: `cluster:up`'s own code in single-cluster
 * mode (on an ephemeral control plane, so it disturbs no other test) seeds
 * both sides on one cluster and hands the Deliverables over to itself; the
 * backend reads the app-config it writes and joins each workload to its
 * Deliverable on that same cluster.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  eventually,
  FLEET_SIZE_ENV,
  localClusterPaths,
  startLocalCluster,
  upPersistentCluster,
  UpResult,
} from '@internal/local-cluster';
import request from 'supertest';
import yaml from 'yaml';
import { authorizerFor } from '../__testUtils__/permissions';
import { routerApp } from '../__testUtils__/routerApp';
import { ClusterFleet } from '../cache/ClusterFleet';
import { readClusterDefinitions } from '../clusters/readClusters';

jest.setTimeout(300_000);

describe('the single-cluster demo (CARTOGRAPHER_CLUSTERS=1)', () => {
  let workDir: string;
  let up: UpResult;
  let fleet: ClusterFleet;
  let app: Awaited<ReturnType<typeof routerApp>>;

  beforeAll(async () => {
    workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'single-cluster-'));
    const paths = {
      ...localClusterPaths(),
      workDir,
      persistentStateDir: path.join(workDir, 'state'),
      runsDir: path.join(workDir, 'runs'),
      appConfigFile: path.join(workDir, 'app-config.local-cluster.yaml'),
    };
    up = await upPersistentCluster({
      paths,
      env: { [FLEET_SIZE_ENV]: '1' },
      start: () => startLocalCluster({ build: false }),
    });
    const config = new ConfigReader({
      ...yaml.parse(await fs.readFile(up.appConfigFile, 'utf8')),
      cartographer: {
        approval: { label: 'cartographer.backstage.io/approved' },
      },
    });
    fleet = new ClusterFleet(
      readClusterDefinitions(config),
      mockServices.logger.mock(),
    );
    fleet.start();
    await eventually(() => fleet.all().every(c => c.info().state === 'ready'));
    app = await routerApp({
      fleet,
      config,
      authorizer: authorizerFor({ result: AuthorizeResult.ALLOW }).authorizer,
    });
  });

  afterAll(async () => {
    fleet?.stop();
    await Promise.all(up?.members.map(m => m.cluster.stop()) ?? []);
    await fs.rm(workDir, { recursive: true, force: true });
  });

  it('starts one cluster, named local, holding both sides', async () => {
    expect(up.members.map(m => `${m.name}:${m.role}`)).toEqual([
      'local:single',
    ]);
    const clusters = (await request(app).get('/clusters')).body.clusters;
    expect(clusters.map((c: any) => c.name)).toEqual(['local']);
    // Every sample settled where it was designed to, Deliverables included.
    expect(
      up.samples
        .filter(s => s.kind === 'Deliverable')
        .map(s => s.metadata?.name),
    ).toEqual(expect.arrayContaining(['shop-frontend', 'ledger']));
  });

  it('joins a workload to its Ready Deliverable on the same cluster', async () => {
    const res = await eventually(async () => {
      const r = await request(app).get('/workloads/local/dev/shop-frontend');
      return r.body.deliverables?.[0]?.diagnosis?.state === 'ready' && r;
    });
    expect(res.body.workload.cluster).toBe('local');
    expect(
      res.body.deliverables.map(
        (d: any) => `${d.cluster}/${d.namespace}/${d.name}:${d.match}`,
      ),
    ).toEqual(['local/dev/shop-frontend:labels']);
    expect(
      res.body.deliverables[0].graph.nodes.map((n: any) => n.name),
    ).toEqual(['source-provider', 'deployer']);
    expect(res.body.deliverablesHidden).toBe(false);
  });

  it('lists the delivery with its Deliverables and their workloads on the same cluster', async () => {
    const res = await request(app).get('/supply-chains/local/delivery-basic');
    expect(res.status).toBe(200);
    const shop = res.body.deliverables.find(
      (d: any) => d.name === 'shop-frontend',
    );
    expect(shop).toMatchObject({
      cluster: 'local',
      workload: { cluster: 'local', namespace: 'dev', name: 'shop-frontend' },
    });
  });
});
