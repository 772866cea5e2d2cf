/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * Integration tests against the real local control plane (kube-apiserver,
 * etcd and the Cartographer controller) with the sample supply chains.
 */
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  ensureLocalCluster,
  eventually,
  LocalCluster,
} from '@internal/local-cluster';
import { Workload } from '@internal/plugin-cartographer-common';
import { ClusterFleet } from '../cache/ClusterFleet';
import { CacheChange, KindCache } from '../cache/KindCache';
import { ClusterDefinition } from '../clusters/readClusters';
import { ClusterClient } from '../clusters/ClusterClient';
import { loadClientNode } from '../clusters/clientNode';
import { ApprovalPolicy } from './ApprovalPolicy';
import { CartographerService } from './CartographerService';
import { SignalPublisher } from './SignalPublisher';
import { StageReader } from './StageReader';
import { NamespacePolicy, WorkloadWriter } from './WorkloadWriter';

jest.setTimeout(240_000);

const config = new ConfigReader({
  cartographer: {
    approval: { label: 'cartographer.backstage.io/approved' },
    workloadCreation: {
      allowedNamespaces: [{ namespaces: ['dev', 'payments'] }],
    },
  },
});

function definition(
  name: string,
  cluster: LocalCluster,
  user: 'backstage' | 'restricted' = 'backstage',
): ClusterDefinition {
  return {
    name,
    source: 'kubeconfig',
    kubeConfig: () => cluster.kubeConfig(user),
  };
}

function draft(
  name: string,
  labels: Record<string, string>,
  namespace = 'dev',
): Workload {
  return {
    metadata: { name, namespace, labels },
    spec: {
      serviceAccountName: 'carto-workload',
      source: {
        git: {
          url: `https://github.com/sample-org/${name}`,
          ref: { branch: 'main' },
        },
      },
    },
  };
}

describe('Cartographer backend on the real local cluster', () => {
  let cluster: LocalCluster;
  let fleet: ClusterFleet;
  let service: CartographerService;
  let writer: WorkloadWriter;
  const published: Array<{ channel: string; message: any }> = [];
  const suffix = Date.now().toString(36);

  beforeAll(async () => {
    cluster = await ensureLocalCluster();
    fleet = new ClusterFleet(
      [
        definition('local', cluster),
        // A configured cluster that does not exist must not break the other.
        {
          name: 'nowhere',
          source: 'kubeconfig',
          kubeConfig: () => unreachableKubeConfig(cluster),
        },
      ],
      mockServices.logger.mock(),
      { backoffMs: () => 500 },
    );
    const approval = ApprovalPolicy.fromConfig(config);
    service = new CartographerService(fleet, approval);
    writer = new WorkloadWriter(
      fleet,
      approval,
      NamespacePolicy.fromConfig(config),
    );
    new SignalPublisher(
      { publish: async (s: any) => void published.push(s) } as any,
      mockServices.logger.mock(),
      10,
    ).attach(fleet);
    fleet.start();
    await eventually(() => fleet.cluster('local').info().state === 'ready');
  });

  afterAll(async () => {
    fleet?.stop();
    const api = cluster
      .kubeConfig('admin')
      .makeApiClient(loadClientNode().CustomObjectsApi);
    for (const name of [`onboard-${suffix}`, `forbidden-${suffix}`]) {
      await api
        .deleteNamespacedCustomObject({
          group: 'carto.run',
          version: 'v1alpha1',
          plural: 'workloads',
          namespace: 'dev',
          name,
        })
        .catch(() => undefined);
    }
  });

  it('serves the sample workloads from the cache, with one cluster down reported in place', async () => {
    const names = await eventually(() => {
      const rows = service
        .workloads({ cluster: 'local' })
        .map(w => `${w.namespace}/${w.name}`);
      return (
        rows.includes('dev/shop-frontend') &&
        rows.includes('payments/fraud-detector') &&
        rows
      );
    });
    expect(names).toEqual(
      expect.arrayContaining([
        'dev/shop-frontend',
        'dev/catalog-service',
        'dev/search-ui',
        'dev/report-worker',
      ]),
    );
    const nowhere = await eventually(() => {
      const info = fleet.cluster('nowhere').info();
      return info.state === 'error' && info;
    });
    expect(nowhere.lastError).toMatch(/cannot list .*carto\.run/);
    expect(fleet.cluster('local').info().state).toBe('ready');
  });

  it('explains a healthy workload, the failing one, and selection failures', async () => {
    const healthy = await eventually(() => {
      const d = service.workload('local', 'dev', 'shop-frontend');
      return d.diagnosis.state === 'ready' && d;
    });
    expect(healthy.workload.supplyChain).toBe('source-to-url');
    expect(healthy.graph!.nodes.map(n => n.state)).toEqual(
      healthy.graph!.nodes.map(() => 'ready'),
    );
    expect(
      healthy.selection.candidates.find(c => c.name === 'source-to-url'),
    ).toMatchObject({ matched: true, best: true, score: 1 });

    const failing = await eventually(() => {
      const d = service.workload('local', 'payments', 'fraud-detector');
      return d.diagnosis.state === 'failed' && d;
    });
    expect(failing.diagnosis.stage).toBeTruthy();
    expect(failing.diagnosis.message).toBeTruthy();
    expect(
      failing.graph!.nodes.find(n => n.name === failing.diagnosis.stage)!.state,
    ).toBe('failed');

    expect(
      service.workload('local', 'dev', 'report-worker').diagnosis,
    ).toMatchObject({ category: 'selection', reason: 'SupplyChainNotFound' });
    const ambiguous = service.workload('local', 'dev', 'search-ui');
    expect(ambiguous.diagnosis).toMatchObject({
      category: 'selection',
      reason: 'MultipleSupplyChainMatches',
    });
    expect(ambiguous.selection.outcome).toBe('ambiguous');
  });

  it.each([
    [
      'an unapproved chain',
      () =>
        draft(`x-${suffix}`, {
          'apps.tanzu.vmware.com/workload-type': 'web',
          'apps.tanzu.vmware.com/experimental': 'true',
        }),
      /refused \(approval\): supply chain experimental-chain is not approved/,
    ],
    [
      'labels matching two chains equally',
      () =>
        draft(`x-${suffix}`, {
          'apps.tanzu.vmware.com/workload-type': 'web',
          'apps.tanzu.vmware.com/experimental': 'true',
          'apps.tanzu.vmware.com/has-tests': 'true',
        }),
      /refused \(selection\): .*match equally/,
    ],
    [
      'labels matching no chain',
      () =>
        draft(`x-${suffix}`, {
          'apps.tanzu.vmware.com/workload-type': 'batch',
        }),
      /refused \(selection\): no supply chain found/,
    ],
    [
      'an invalid name',
      () => draft(`Bad_Name`, { 'apps.tanzu.vmware.com/workload-type': 'web' }),
      /refused \(validation\): metadata.name/,
    ],
    [
      'a namespace that is not allowed',
      () =>
        draft(
          `x-${suffix}`,
          { 'apps.tanzu.vmware.com/workload-type': 'web' },
          'kube-system',
        ),
      /refused \(namespace\)/,
    ],
    [
      'a workload that already exists',
      () =>
        draft('shop-frontend', {
          'apps.tanzu.vmware.com/workload-type': 'web',
        }),
      /refused \(exists\)/,
    ],
  ])('refuses %s and writes nothing', async (_name, makeDraft, message) => {
    const d = makeDraft();
    const before = fleet
      .cluster('local')
      .info()
      .kinds.find(k => k.kind === 'Workload')!.count;
    await expect(
      writer.create({ cluster: 'local', draft: d }, false),
    ).rejects.toThrow(message);
    const api = cluster
      .kubeConfig('admin')
      .makeApiClient(loadClientNode().CustomObjectsApi);
    const stored = await api
      .getNamespacedCustomObject({
        group: 'carto.run',
        version: 'v1alpha1',
        plural: 'workloads',
        namespace: d.metadata!.namespace!,
        name: d.metadata!.name!,
      })
      .then(
        o => (o as Workload).metadata?.labels,
        e => e.code,
      );
    // Only the pre-existing sample is there, untouched by the refused draft.
    expect(stored).toEqual(
      d.metadata!.name === 'shop-frontend'
        ? {
            'apps.tanzu.vmware.com/workload-type': 'web',
            'app.kubernetes.io/part-of': 'shop-frontend',
          }
        : 404,
    );
    expect(
      fleet
        .cluster('local')
        .info()
        .kinds.find(k => k.kind === 'Workload')!.count,
    ).toBe(before);
  });

  it('refuses a draft whose labels select another chain than intended', () => {
    const preview = writer.preview({
      cluster: 'local',
      draft: draft(`x-${suffix}`, {
        'apps.tanzu.vmware.com/workload-type': 'web',
      }),
      supplyChain: 'source-test-to-url',
    });
    expect(preview.refusals).toEqual([
      {
        rule: 'intendedChain',
        message:
          "the draft's labels select supply chain source-to-url, not the intended source-test-to-url",
      },
    ]);
  });

  it('does a server-side dry run without writing', async () => {
    const name = `dry-${suffix}`;
    const result = await writer.create(
      {
        cluster: 'local',
        draft: draft(name, { 'apps.tanzu.vmware.com/workload-type': 'web' }),
      },
      true,
    );
    expect(result).toMatchObject({
      dryRun: true,
      supplyChain: 'source-to-url',
    });
    expect(result.workload.metadata?.uid).toBeTruthy();
    const api = cluster
      .kubeConfig('admin')
      .makeApiClient(loadClientNode().CustomObjectsApi);
    await expect(
      api.getNamespacedCustomObject({
        group: 'carto.run',
        version: 'v1alpha1',
        plural: 'workloads',
        namespace: 'dev',
        name,
      }),
    ).rejects.toMatchObject({ code: 404 });
  });

  it("counts each write and each stage read in the cluster's requests", async () => {
    const local = fleet.cluster('local');
    const dryRun = () =>
      writer.create(
        {
          cluster: 'local',
          draft: draft(`counted-${suffix}`, {
            'apps.tanzu.vmware.com/workload-type': 'web',
          }),
        },
        true,
      );
    const readStage = () =>
      // A fresh reader each time: the reader's own 5 s cache would answer.
      new StageReader(service).stage(
        'local',
        'dev',
        'shop-frontend',
        'source-provider',
      );
    // The first of each discovers its apiVersion once per cluster client.
    await dryRun();
    await readStage();

    let before = local.apiRequests;
    await dryRun();
    expect(local.apiRequests - before).toBe(1);
    before = local.apiRequests;
    const stage = await readStage();
    // The stamped ConfigMap and its events; a core kind has no CRD to read.
    expect(local.apiRequests - before).toBe(2);
    expect(stage.yaml).toContain('kind: ConfigMap');
    expect(stage.warnings).toEqual([]);
    expect(local.info().apiRequests).toBe(local.apiRequests);
  });

  it('creates an approved workload that the real Cartographer takes to Ready, with signals on the way', async () => {
    const name = `onboard-${suffix}`;
    const result = await writer.create(
      {
        cluster: 'local',
        draft: draft(name, {
          'apps.tanzu.vmware.com/workload-type': 'web',
          'app.kubernetes.io/part-of': name,
        }),
        supplyChain: 'source-to-url',
      },
      false,
    );
    expect(result).toMatchObject({
      created: true,
      dryRun: false,
      supplyChain: 'source-to-url',
    });
    const detail = await eventually(() => {
      const d = service.workload('local', 'dev', name);
      return d.diagnosis.state === 'ready' && d;
    }, 180_000);
    expect(detail.graph!.nodes.every(n => n.state === 'ready')).toBe(true);
    expect(
      published.some(
        p =>
          p.channel === `cartographer:workload:local/dev/${name}` &&
          p.message.ready === 'True',
      ),
    ).toBe(true);
  });

  it('converges on updates and deletions made directly in the cluster', async () => {
    const name = `converge-${suffix}`;
    const api = cluster
      .kubeConfig('admin')
      .makeApiClient(loadClientNode().CustomObjectsApi);
    const target = {
      group: 'carto.run',
      version: 'v1alpha1',
      plural: 'workloads',
      namespace: 'dev',
    };
    await api.createNamespacedCustomObject({
      ...target,
      body: {
        apiVersion: 'carto.run/v1alpha1',
        kind: 'Workload',
        ...draft(name, { 'apps.tanzu.vmware.com/workload-type': 'web' }),
      },
    });
    await eventually(
      () => service.workload('local', 'dev', name).diagnosis.state === 'ready',
    );

    // Relabel it onto no chain: the cache follows and explains why.
    await api.replaceNamespacedCustomObject({
      ...target,
      name,
      body: {
        ...(await api.getNamespacedCustomObject({ ...target, name })),
        metadata: {
          ...(
            (await api.getNamespacedCustomObject({
              ...target,
              name,
            })) as Workload
          ).metadata,
          labels: { 'apps.tanzu.vmware.com/workload-type': 'batch' },
        },
      },
    });
    const updated = await eventually(() => {
      const d = service.workload('local', 'dev', name);
      return d.diagnosis.reason === 'SupplyChainNotFound' && d;
    });
    expect(updated.workload.labels).toEqual({
      'apps.tanzu.vmware.com/workload-type': 'batch',
    });

    await api.deleteNamespacedCustomObject({ ...target, name });
    await eventually(
      () => !service.workloads({ cluster: 'local' }).some(w => w.name === name),
    );
    expect(() => service.workload('local', 'dev', name)).toThrow(
      `workload dev/${name} not found on cluster local`,
    );
    // The signal follows the cache after a short debounce.
    await eventually(() =>
      published.some(
        p =>
          p.channel === `cartographer:workload:local/dev/${name}` &&
          p.message.change === 'deleted',
      ),
    );
  });

  it('relists after the real API server answers 410 Gone', async () => {
    const changes: CacheChange[] = [];
    const client = new ClusterClient('local', cluster.kubeConfig('backstage'));
    const states: string[] = [];
    // What the relist reported; later watch events may be other tests' work.
    let relisted: CacheChange[] = [];
    let cachedAtReady = 0;
    const cache: KindCache = new KindCache({
      client,
      group: 'carto.run',
      version: 'v1alpha1',
      plural: 'workloads',
      kind: 'Workload',
      onChange: c => changes.push(c),
      onStateChange: () => {
        states.push(cache.state);
        if (cache.state !== 'ready') return;
        relisted = [...changes];
        cachedAtReady = cache.list().length;
      },
      backoffMs: () => 200,
      // Long compacted away: the server must answer 410 Gone.
      resumeFrom: '1',
    });
    try {
      cache.start();
      await eventually(
        () => cache.state === 'ready' && cache.list().length > 0,
      );
      // watch (410) + list + watch again, with no error on the way: the
      // relist came from the 410 path, not from a failure and backoff.
      expect(client.requests).toBeGreaterThanOrEqual(3);
      expect(states).toEqual(['ready']);
      expect(cache.list().map(w => w.metadata?.name)).toEqual(
        expect.arrayContaining(['shop-frontend', 'fraud-detector']),
      );
      // The relist reports each cached workload once, as added.
      expect(relisted.length).toBe(cachedAtReady);
      expect(relisted.every(c => c.type === 'added')).toBe(true);
    } finally {
      cache.stop();
    }
  });

  it('surfaces a 403 from Kubernetes as a clear error', async () => {
    // The restricted user may write only in `dev`; the plugin config allows
    // `payments`, so Kubernetes itself must refuse.
    const restricted = new ClusterFleet(
      [definition('local', cluster, 'restricted')],
      mockServices.logger.mock(),
      { backoffMs: () => 500 },
    );
    const approval = ApprovalPolicy.fromConfig(config);
    const restrictedWriter = new WorkloadWriter(
      restricted,
      approval,
      NamespacePolicy.fromConfig(config),
    );
    // It cannot list cluster-wide either, so give its cache the chains.
    const chains = fleet.cluster('local').list('ClusterSupplyChain');
    jest
      .spyOn(restricted.cluster('local'), 'list')
      .mockImplementation(((kind: string) =>
        kind === 'ClusterSupplyChain' ? chains : []) as any);
    const name = `forbidden-${suffix}`;
    await expect(
      restrictedWriter.create(
        {
          cluster: 'local',
          draft: draft(
            name,
            { 'apps.tanzu.vmware.com/workload-type': 'web' },
            'payments',
          ),
        },
        false,
      ),
    ).rejects.toThrow(
      new RegExp(
        `cannot create Workload payments/${name} on cluster local: forbidden for the plugin's service account`,
      ),
    );
  });
});

function unreachableKubeConfig(cluster: LocalCluster) {
  const kc = cluster.kubeConfig('backstage');
  const current = kc.getCurrentCluster()!;
  // Port 9 on loopback: nothing listens there.
  (current as any).server = 'https://127.0.0.1:9';
  return kc;
}
