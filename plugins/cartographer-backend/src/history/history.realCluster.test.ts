/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * The recorder on the real local control plane: commits flow through the
 * sample chain (source-to-url), two recorders (replicas) share one
 * database (PostgreSQL when scripts/test.sh exported it, else SQLite), and
 * the timeline and metrics are read back as a user would.
 */
import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { ConfigReader } from '@backstage/config';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  ensureLocalCluster,
  eventually,
  LocalCluster,
} from '@internal/local-cluster';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CommitTimelineRow } from '@internal/plugin-cartographer-common';
import { Knex } from 'knex';
import request from 'supertest';
import { routerApp } from '../__testUtils__/routerApp';
import { authorizerFor, namespaceOnly } from '../__testUtils__/permissions';
import { ClusterFleet } from '../cache/ClusterFleet';
import { loadClientNode } from '../clusters/clientNode';
import { ApprovalPolicy } from '../service/ApprovalPolicy';
import { CartographerService } from '../service/CartographerService';
import { AuthorizedHistory } from './AuthorizedHistory';
import { HistoryReader } from './HistoryReader';
import { HistoryRecorder } from './HistoryRecorder';
import { HistoryStore } from './HistoryStore';
import { registerHistoryAction } from './registerHistoryAction';

jest.setTimeout(600_000);

const databases = TestDatabases.create({
  ids: ['POSTGRES_15', 'SQLITE_3'],
  disableDocker: true,
});
const DATABASE = process.env
  .BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING
  ? 'POSTGRES_15'
  : 'SQLITE_3';

const suffix = Date.now().toString(36);
const NAME = `hist-${suffix}`;
const CARTO = { group: 'carto.run', version: 'v1alpha1', plural: 'workloads' };
/** The stages of source-to-url that hand an output on, in chain order. */
const STAGES = [
  'source-provider',
  'image-builder',
  'config-provider',
  'app-config',
];
const BROKEN = [
  { name: 'build_status', value: 'failed' },
  { name: 'build_message', value: 'buildpack detection failed: no go.mod' },
];
/** A commit sha of its own per step. */
const sha = (n: number) => `${n}`.repeat(40);
/** Cartographer's times have whole seconds: an observation may precede them by <1 s. */
const SECOND = 1000;

interface Replica {
  store: HistoryStore;
  recorder: HistoryRecorder;
  stop(): void;
}

describe(`history recorder on the real local cluster (${DATABASE})`, () => {
  let cluster: LocalCluster;
  let admin: any;
  let knex: Knex;
  let replicas: Replica[] = [];
  let readerFleet: ClusterFleet;
  let service: CartographerService;
  const credentials = mockCredentials.user();
  /** The first replica's figures while the commits flowed, before the restart. */
  let flowStats = { events: 0, records: 0, writes: 0 };
  const observed: Array<{ revision: string; from: number; to: number }> = [];

  const replica = async (): Promise<Replica> => {
    const logger = mockServices.logger.mock();
    const fleet = new ClusterFleet(
      [
        {
          name: 'local',
          source: 'kubeconfig',
          kubeConfig: () => cluster.kubeConfig('backstage'),
        },
      ],
      logger,
    );
    const store = await HistoryStore.create({
      database: mockServices.database({ knex }),
    });
    const recorder = new HistoryRecorder({ fleet, store, logger });
    const detach = recorder.attach();
    fleet.start();
    return {
      store,
      recorder,
      stop: () => {
        detach();
        fleet.stop();
      },
    };
  };

  const history = (decision = { result: AuthorizeResult.ALLOW } as any) =>
    new AuthorizedHistory(
      service,
      new HistoryReader(service, replicas[0].store),
      authorizerFor(decision).authorizer,
    );
  const timeline = (namespace = 'dev') =>
    history().timeline(
      { cluster: 'local', namespace, name: NAME },
      credentials,
    );
  const published = async (revision: string) => {
    const rows = (await timeline()).revisions;
    return rows.find(r => r.revision === revision && r.publishedAt);
  };
  const patch = (namespace: string, body: object[]) =>
    admin.patchNamespacedCustomObject({
      ...CARTO,
      namespace,
      name: NAME,
      body,
    });
  const commit = async (n: number) => {
    const revision = `main@sha1:${sha(n)}`;
    // Commits in one second would tie on Cartographer's times.
    await new Promise(resolve => setTimeout(resolve, 1100));
    const from = Date.now();
    await patch('dev', [
      { op: 'add', path: '/spec/source/git/ref/commit', value: sha(n) },
    ]);
    return { revision, from };
  };
  /** The plugin's router over the first replica's records, allowing all. */
  const historyApp = (
    catalog?: CatalogService,
    decision = { result: AuthorizeResult.ALLOW } as any,
  ) =>
    routerApp({
      fleet: readerFleet,
      config: new ConfigReader({}),
      authorizer: authorizerFor(decision).authorizer,
      service,
      historyStore: replicas[0].store,
      catalog,
    });
  const outputRows = async () =>
    (
      await replicas[0].store.read([
        { cluster: 'local', kind: 'Workload', namespace: 'dev', name: NAME },
      ])
    ).outputs;

  beforeAll(async () => {
    cluster = await ensureLocalCluster();
    admin = cluster
      .kubeConfig('admin')
      .makeApiClient(loadClientNode().CustomObjectsApi);
    knex = await databases.init(DATABASE);
    readerFleet = new ClusterFleet(
      [
        {
          name: 'local',
          source: 'kubeconfig',
          kubeConfig: () => cluster.kubeConfig('backstage'),
        },
      ],
      mockServices.logger.mock(),
    );
    service = new CartographerService(
      readerFleet,
      ApprovalPolicy.fromConfig(new ConfigReader({})),
    );
    readerFleet.start();
    replicas = [await replica(), await replica()];
    for (const namespace of ['dev', 'payments']) {
      await admin.createNamespacedCustomObject({
        ...CARTO,
        namespace,
        body: {
          apiVersion: 'carto.run/v1alpha1',
          kind: 'Workload',
          metadata: {
            name: NAME,
            namespace,
            labels: { 'apps.tanzu.vmware.com/workload-type': 'web' },
          },
          spec: {
            serviceAccountName: 'carto-workload',
            source: {
              git: {
                url: `https://github.com/sample-org/${NAME}`,
                ref: { branch: 'main' },
              },
            },
          },
        },
      });
    }
    observed.push({ revision: 'main/HEAD', from: Date.now() - 60_000, to: 0 });
    await eventually(() => published('main/HEAD'), 120_000);
    observed[0].to = Date.now();
  });

  afterAll(async () => {
    replicas.forEach(r => r.stop());
    readerFleet?.stop();
    for (const namespace of ['dev', 'payments']) {
      await admin
        ?.deleteNamespacedCustomObject({ ...CARTO, namespace, name: NAME })
        .catch(() => undefined);
    }
  });

  it("records each commit's path through the chain, newest first, within the times the test observed", async () => {
    for (const n of [1, 2, 3]) {
      const { revision, from } = await commit(n);
      await eventually(() => published(revision), 120_000);
      observed.push({ revision, from, to: Date.now() });
    }
    const rows = (await timeline()).revisions;
    expect(rows.map(r => r.revision)).toEqual(
      [...observed].reverse().map(o => o.revision),
    );
    for (const row of rows) {
      const { from, to } = observed.find(o => o.revision === row.revision)!;
      expect(row.stages.map(s => s.stage)).toEqual(STAGES);
      expect(row.stages.every(s => s.reachedAt)).toBe(true);
      expect(row.position).toBe('app-config');
      expect(Date.parse(row.firstSeen)).toBeGreaterThanOrEqual(from - SECOND);
      expect(Date.parse(row.publishedAt!)).toBeLessThanOrEqual(to);
      const total = row.stages.reduce((sum, s) => sum + (s.durationMs ?? 0), 0);
      expect(total).toBe(
        Date.parse(row.publishedAt!) - Date.parse(row.firstSeen),
      );
      expect(total).toBeLessThanOrEqual(to - from + SECOND);
    }
    expect(rows[0].commit).toEqual({
      sha: sha(3),
      short: sha(3).slice(0, 7),
      url: `https://github.com/sample-org/${NAME}/commit/${sha(3)}`,
    });
    // Both replicas offered every record; the database kept one of each:
    // one output per output stage and revision.
    const stored = await outputRows();
    expect(stored).toHaveLength(STAGES.length * observed.length);
    // The chain's declared inputs name the revision of every later output.
    const later = stored.filter(o => o.stage !== STAGES[0]);
    expect(later.map(o => o.inputRevision).sort()).toEqual(
      observed.flatMap(o => STAGES.slice(1).map(() => o.revision)).sort(),
    );
    expect(replicas[0].recorder.stats.records).toBeGreaterThan(0);
    expect(replicas[1].recorder.stats.records).toBeGreaterThan(0);
  });

  it('gives one failed change and a time to restore for a failure introduced and fixed', async () => {
    const from = Date.now();
    await patch('dev', [{ op: 'add', path: '/spec/params', value: BROKEN }]);
    const failedRow = await eventually(
      async () =>
        (await timeline()).revisions[0].failed &&
        (await timeline()).revisions[0],
      120_000,
    );
    const failedSeen = Date.now();
    await new Promise(resolve => setTimeout(resolve, 1100));
    await patch('dev', [{ op: 'replace', path: '/spec/params', value: [] }]);
    const metrics = await eventually(async () => {
      const answer = await history().workloadMetrics(
        { cluster: 'local', namespace: 'dev', name: NAME },
        '7d',
        credentials,
      );
      return answer.metrics.timeToRestore.count === 1 && answer;
    }, 120_000);
    const restored = Date.now();
    expect(failedRow.revision).toBe(`main@sha1:${sha(3)}`);
    expect(failedRow.failed!.message).toMatch(
      /buildpack detection failed: no go\.mod/,
    );
    expect(Date.parse(failedRow.failed!.at)).toBeGreaterThanOrEqual(
      from - SECOND,
    );
    expect(Date.parse(failedRow.failed!.at)).toBeLessThanOrEqual(failedSeen);
    expect(metrics.workloads).toBe(1);
    expect(metrics.metrics.changeFailure).toEqual({
      revisions: 4,
      failed: 1,
      rate: 0.25,
    });
    expect(metrics.metrics.timeToRestore.unrestored).toBe(0);
    expect(metrics.metrics.timeToRestore.medianMs).toBeLessThanOrEqual(
      restored - from + SECOND,
    );
    expect(metrics.metrics.timeToRestore.medianMs).toBeGreaterThan(0);
    expect(metrics.metrics.deploymentFrequency.published).toBe(4);
    expect(metrics.metrics.leadTime.toPublished.count).toBe(4);
    expect(metrics.metrics.leadTime.slowestStage?.stage).toMatch(
      new RegExp(`^(${STAGES.slice(1).join('|')})$`),
    );
    expect(metrics.stages.map(s => s.stage)).toEqual(STAGES.slice(1));
    expect(metrics.trend.reduce((sum, d) => sum + d.published, 0)).toBe(4);
    expect(metrics.trend.reduce((sum, d) => sum + d.failed, 0)).toBe(1);
  });

  it('loses nothing and counts nothing twice across a restart, marking what it missed as late', async () => {
    const before = await outputRows();
    const transitionsBefore = (
      await replicas[0].store.read([
        { cluster: 'local', kind: 'Workload', namespace: 'dev', name: NAME },
      ])
    ).transitions;
    flowStats = { ...replicas[0].recorder.stats };
    replicas.forEach(r => r.stop());
    const { revision } = await commit(4);
    // Down while Cartographer moves the commit through the chain.
    await eventually(async () => {
      const w = await admin.getNamespacedCustomObject({
        ...CARTO,
        namespace: 'dev',
        name: NAME,
      });
      const stage = (name: string) =>
        w.status?.resources?.find((r: any) => r.name === name);
      return (
        stage('source-provider')
          ?.outputs?.find((o: any) => o.name === 'revision')
          ?.preview?.trim() === revision &&
        stage('app-config')?.outputs?.[0]?.lastTransitionTime >=
          stage('source-provider').outputs[0].lastTransitionTime
      );
    }, 120_000);
    replicas = [await replica(), await replica()];
    const row = (await eventually(
      () => published(revision),
      120_000,
    )) as CommitTimelineRow;
    await Promise.all(replicas.map(r => r.recorder.idle()));
    const after = await outputRows();
    expect(after).toHaveLength(before.length + STAGES.length);
    const missed = after.filter(
      o =>
        !before.some(b => b.stage === o.stage && b.firstSeen === o.firstSeen),
    );
    // Stages of one reconcile share a second, so compare them as a set.
    expect(missed.map(o => [o.stage, o.observedLate]).sort()).toEqual(
      STAGES.map(stage => [stage, true]).sort(),
    );
    const transitionsAfter = (
      await replicas[0].store.read([
        { cluster: 'local', kind: 'Workload', namespace: 'dev', name: NAME },
      ])
    ).transitions;
    expect(transitionsAfter).toEqual(expect.arrayContaining(transitionsBefore));
    const newTransitions = transitionsAfter.filter(
      t =>
        !transitionsBefore.some(
          b => b.stage === t.stage && b.at === t.at && b.to === t.to,
        ),
    );
    expect(newTransitions).toHaveLength(
      transitionsAfter.length - transitionsBefore.length,
    );
    expect(newTransitions.every(t => t.observedLate)).toBe(true);
    expect(row.stages.map(s => s.stage)).toEqual(STAGES);
    expect((await timeline()).observedLate).toBe(true);
  });

  it("leaves other namespaces out of a restricted user's metrics", async () => {
    const ours = { scopes: [[{ q: suffix }]] };
    const everyone = await history().metrics(ours, '7d', credentials);
    const devOnly = await history(namespaceOnly(['dev'])).metrics(
      ours,
      '7d',
      credentials,
    );
    // dev has five revisions published, payments one.
    expect(everyone.workloads).toBe(2);
    expect(everyone.metrics.deploymentFrequency.published).toBe(6);
    expect(devOnly.workloads).toBe(1);
    expect(devOnly.metrics.deploymentFrequency.published).toBe(5);
    await expect(
      history(namespaceOnly(['dev'])).timeline(
        { cluster: 'local', namespace: 'payments', name: NAME },
        credentials,
      ),
    ).rejects.toThrow(/not found/);
  });

  it('serves the timeline and the metrics as the contract says', async () => {
    const app = await historyApp();
    const base = `/workloads/local/dev/${NAME}`;
    const timelineResponse = await request(app).get(`${base}/history`);
    expect(timelineResponse.status).toBe(200);
    expect(timelineResponse.body).toEqual(
      JSON.parse(JSON.stringify(await timeline())),
    );
    const metricsResponse = await request(app).get(
      `${base}/metrics?window=90d`,
    );
    expect(metricsResponse.status).toBe(200);
    expect(metricsResponse.body).toMatchObject({ window: '90d', workloads: 1 });
    expect(metricsResponse.body.trend).toHaveLength(91);
    const all = await request(app).get(`/metrics?window=7d`);
    expect(all.status).toBe(200);
    expect(all.body.workloads).toBeGreaterThanOrEqual(2);
    expect((await request(app).get(`${base}/metrics?window=1y`)).status).toBe(
      400,
    );
    const unknown = await request(app).get(
      `/metrics?entityRef=${encodeURIComponent('system:default/none')}`,
    );
    expect(unknown.status).toBe(404);
  });

  it('adds up the metrics of a system and of an owner group from their member components', async () => {
    const system = `system:default/shop-${suffix}`;
    const group = `group:default/ledger-team-${suffix}`;
    const component = (
      name: string,
      annotations: Record<string, string>,
      relations: Entity['relations'],
    ): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name, namespace: 'default', annotations },
      spec: { type: 'service', lifecycle: 'production', owner: 'x' },
      relations,
    });
    const selector = {
      'backstage.io/kubernetes-label-selector': `carto.run/workload-name=${NAME}`,
    };
    const entities: Entity[] = [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'System',
        metadata: { name: `shop-${suffix}`, namespace: 'default' },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: `ledger-team-${suffix}`, namespace: 'default' },
      },
      component(
        `web-${suffix}`,
        { ...selector, 'backstage.io/kubernetes-namespace': 'dev' },
        [{ type: 'partOf', targetRef: system }],
      ),
      component(
        `ledger-${suffix}`,
        { ...selector, 'backstage.io/kubernetes-namespace': 'payments' },
        [{ type: 'ownedBy', targetRef: group }],
      ),
      // A member whose selector is malformed is left out, not an error.
      component(
        `broken-${suffix}`,
        { 'backstage.io/kubernetes-label-selector': 'app in (' },
        [{ type: 'partOf', targetRef: system }],
      ),
    ];
    const app = await historyApp(catalogServiceMock({ entities }));
    const metricsOf = async (entityRef: string) => {
      const response = await request(app).get(
        `/metrics?window=7d&entityRef=${encodeURIComponent(entityRef)}`,
      );
      expect(response.status).toBe(200);
      return response.body;
    };
    // dev has five revisions published, payments one (as above).
    const ofSystem = await metricsOf(system);
    expect(ofSystem.workloads).toBe(1);
    expect(ofSystem.metrics.deploymentFrequency.published).toBe(5);
    const ofGroup = await metricsOf(group);
    expect(ofGroup.workloads).toBe(1);
    expect(ofGroup.metrics.deploymentFrequency.published).toBe(1);
    // The issue's own query names: system, owner, workload; together they intersect.
    const metricsBy = async (query: Record<string, string>) =>
      request(app).get(
        `/metrics?window=7d&${new URLSearchParams(query).toString()}`,
      );
    const bySystem = await metricsBy({ system });
    expect(bySystem.status).toBe(200);
    expect(bySystem.body.workloads).toBe(1);
    expect(bySystem.body.metrics.deploymentFrequency.published).toBe(5);
    const byOwner = await metricsBy({ owner: group });
    expect(byOwner.body.workloads).toBe(1);
    expect(byOwner.body.metrics.deploymentFrequency.published).toBe(1);
    const both = await metricsBy({ system, owner: group });
    expect(both.status).toBe(200);
    expect(both.body.workloads).toBe(0);
    const byWorkload = await metricsBy({ workload: `local/dev/${NAME}` });
    expect(byWorkload.body.workloads).toBe(1);
    expect(byWorkload.body.metrics.deploymentFrequency.published).toBe(5);
    const workloadInSystem = await metricsBy({
      system,
      workload: `local/payments/${NAME}`,
    });
    expect(workloadInSystem.body.workloads).toBe(0);
    expect((await metricsBy({ workload: 'local/dev' })).status).toBe(400);
    expect(
      (await metricsBy({ workload: `local/dev/nope-${suffix}` })).status,
    ).toBe(404);
    const wrongKind = await metricsBy({ owner: system });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.message).toMatch(/expected a group or user/);
    expect((await metricsBy({ system: 'system:default/none' })).status).toBe(
      404,
    );
    const ofComponent = await metricsOf(`component:default/ledger-${suffix}`);
    expect(ofComponent.workloads).toBe(1);
    expect(ofComponent.metrics.deploymentFrequency.published).toBe(1);
    // The asked-for entity's own malformed selector stays an input error.
    expect(
      (
        await request(app).get(
          `/metrics?entityRef=${encodeURIComponent(`component:default/broken-${suffix}`)}`,
        )
      ).status,
    ).toBe(400);
    expect(
      (await request(app).get(`/workloads/local/dev/nope-${suffix}/history`))
        .status,
    ).toBe(404);
  });

  it("serves a page of rows' metrics in one request, with as many database queries for 100 workloads as for one", async () => {
    const dev = `local/dev/${NAME}`;
    const payments = `local/payments/${NAME}`;
    const unknown = `local/dev/nope-${suffix}`;
    const batch = (refs: string[], decision?: any) =>
      historyApp(undefined, decision).then(app =>
        request(app).get(
          `/metrics/workloads?window=30d&${refs
            .map(ref => `workload=${encodeURIComponent(ref)}`)
            .join('&')}`,
        ),
      );
    let queries = 0;
    const count = () => {
      queries += 1;
    };
    knex.on('query', count);
    const queriesOf = async (refs: string[], decision?: any) => {
      queries = 0;
      const response = await batch(refs, decision);
      return { response, queries };
    };
    try {
      const all = await queriesOf([dev, payments, unknown]);
      expect(all.response.status).toBe(200);
      // The unknown workload is absent, not an error.
      expect(all.response.body.items.map((i: any) => i.workload)).toEqual([
        dev,
        payments,
      ]);
      const [devItem, paymentsItem] = all.response.body.items;
      // dev has five revisions published, payments one (as above).
      expect(devItem.recorded).toBe(true);
      expect(devItem.metrics.deploymentFrequency.published).toBe(5);
      expect(devItem.metrics.changeFailure).toEqual({
        revisions: 5,
        failed: 1,
        rate: 0.2,
      });
      expect(paymentsItem.metrics.deploymentFrequency.published).toBe(1);
      expect(paymentsItem.metrics.changeFailure.failed).toBe(0);
      // The same numbers as the workload's own metrics route.
      const single = await request(await historyApp()).get(
        `/workloads/local/dev/${NAME}/metrics?window=30d`,
      );
      expect(devItem.metrics).toEqual(single.body.metrics);

      // A restricted user gets only the workloads they may read.
      const restricted = await batch([dev, payments], namespaceOnly(['dev']));
      expect(restricted.status).toBe(200);
      expect(restricted.body.items.map((i: any) => i.workload)).toEqual([dev]);

      // The number of queries does not grow with the rows.
      const one = await queriesOf([dev]);
      const hundred = await queriesOf(
        Array.from({ length: 100 }, (_, i) => (i % 2 ? dev : payments)),
      );
      // A single workload parameter is a batch of one.
      expect(one.response.status).toBe(200);
      expect(one.response.body.items.map((i: any) => i.workload)).toEqual([
        dev,
      ]);
      expect(hundred.response.status).toBe(200);
      expect(hundred.response.body.items).toHaveLength(100);
      expect(one.queries).toBeGreaterThan(0);
      expect(one.queries).toBeLessThanOrEqual(4);
      expect(hundred.queries).toBe(one.queries);
      expect(all.queries).toBe(one.queries);
    } finally {
      knex.removeListener('query', count);
    }

    const tooMany = await batch(
      Array.from({ length: 101 }, (_, i) => `local/dev/w${i}`),
    );
    expect(tooMany.status).toBe(400);
    expect((await batch([])).status).toBe(400);
    expect((await batch(['local/dev'])).status).toBe(400);
  });

  it('writes at most one batch per status change, and a few rows per revision', async () => {
    const { stats } = replicas[0].recorder;
    const key = {
      cluster: 'local',
      kind: 'Workload' as const,
      namespace: 'dev',
      name: NAME,
    };
    const stored = await replicas[0].store.read([key]);
    const revisions = (await timeline()).revisions.length;
    expect(stats.writes).toBeLessThanOrEqual(stats.events);
    const rowsPerRevision =
      (stored.outputs.length + stored.transitions.length) / revisions;
    // The figures the README quotes (writes per status change, table size).
    process.stdout.write(
      `history figures: while commits flowed ${flowStats.events} status changes, ${flowStats.writes} write batches, ${flowStats.records} records offered; ` +
        `after the restart ${stats.events} status changes, ${stats.writes} write batches, ${stats.records} records offered; ` +
        `${stored.outputs.length} output and ${stored.transitions.length} transition rows for ${revisions} revisions ` +
        `(${rowsPerRevision.toFixed(1)} rows per revision)\n`,
    );
    expect(stored.outputs.length).toBe(STAGES.length * revisions);
  });

  it("answers where a commit is through the MCP action, under the caller's permissions", async () => {
    const invoke = (decision: any, wanted?: string) => {
      const registry = actionsRegistryServiceMock();
      registerHistoryAction(registry, history(decision));
      return registry.invoke({
        id: [...registry.actions.keys()][0],
        input: {
          cluster: 'local',
          namespace: 'dev',
          name: NAME,
          ...(wanted ? { commit: wanted } : {}),
        },
        credentials,
      });
    };
    const allow = { result: AuthorizeResult.ALLOW };
    const { output } = await invoke(allow, sha(2).slice(0, 7));
    expect(output).toMatchObject({
      revision: `main@sha1:${sha(2)}`,
      position: 'app-config',
      stages: STAGES.map(stage => expect.objectContaining({ stage })),
    });
    expect((output as any).leadTimeMedianMs).toBeGreaterThanOrEqual(0);
    expect(STAGES.slice(1)).toContain((output as any).slowestStage);
    expect((await invoke(allow)).output).toMatchObject({
      revision: `main@sha1:${sha(4)}`,
    });
    await expect(invoke(allow, 'deadbeef')).rejects.toThrow(
      /no revision of commit deadbeef/,
    );
    await expect(invoke(namespaceOnly(['payments']), sha(2))).rejects.toThrow(
      /not found/,
    );
  });
});
