/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * Against the real local control plane: a stage whose template has
 * `lifecycle: immutable` (the sample source-tests-immutable) keeps one object
 * per input. The stage shows the latest, the history lists the earlier ones
 * with their health, and the diagnosis says failed with the rule's message.
 */
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  applyManifests,
  CONFIG_MAPS,
  ensureLocalCluster,
  eventually,
  LocalCluster,
  stampingNamespaceManifests,
  STAMPING_SERVICE_ACCOUNT,
} from '@internal/local-cluster';
import { ClusterFleet } from '../cache/ClusterFleet';
import { loadClientNode } from '../clusters/clientNode';
import { ApprovalPolicy } from './ApprovalPolicy';
import { CartographerService } from './CartographerService';
import { StageReader } from './StageReader';

jest.setTimeout(240_000);

const CARTO = { group: 'carto.run', version: 'v1alpha1' } as const;

describe('immutable-lifecycle stages on the real local cluster', () => {
  let cluster: LocalCluster;
  let fleet: ClusterFleet;
  let service: CartographerService;
  const namespace = `history-${Date.now().toString(36)}`;
  const name = 'tested-app';
  const params = (result: string, summary: string) => [
    { name: 'test_result', value: result },
    { name: 'test_summary', value: summary },
  ];

  beforeAll(async () => {
    cluster = await ensureLocalCluster();
    const admin = cluster.kubeConfig('admin');
    await applyManifests(admin, [
      // The sample's immutable stage stamps Jobs (examples/cluster/23-*).
      ...stampingNamespaceManifests(
        namespace,
        { 'cartographer.backstage.io/test': 'true' },
        [CONFIG_MAPS, { apiGroups: ['batch'], resources: ['jobs'] }],
      ),
      {
        apiVersion: 'carto.run/v1alpha1',
        kind: 'Workload',
        metadata: {
          name,
          namespace,
          labels: {
            'apps.tanzu.vmware.com/workload-type': 'web',
            'apps.tanzu.vmware.com/has-tests': 'true',
            'apps.tanzu.vmware.com/test-lifecycle': 'immutable',
          },
        },
        spec: {
          serviceAccountName: STAMPING_SERVICE_ACCOUNT,
          source: {
            git: {
              url: 'https://github.com/sample-org/tested-app',
              ref: { branch: 'main' },
            },
          },
          params: params('passed', 'all 57 tests passed'),
        },
      },
    ]);
    fleet = new ClusterFleet(
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
      fleet,
      ApprovalPolicy.fromConfig(new ConfigReader({})),
    );
    fleet.start();
    await eventually(() => fleet.cluster('local').info().state === 'ready');
  });

  afterAll(async () => {
    fleet?.stop();
    await cluster
      ?.kubeConfig('admin')
      .makeApiClient(loadClientNode().CoreV1Api)
      .deleteNamespace({ name: namespace })
      .catch(() => undefined);
  });

  it('shows the latest object, lists the earlier ones with their health, and diagnoses the failure', async () => {
    await eventually(
      () =>
        service.workload('local', namespace, name).diagnosis.state === 'ready',
    );
    // Creation timestamps have a resolution of one second.
    await new Promise(resolve => setTimeout(resolve, 1_100));
    const failure = '2 of 57 tests failed: RiskScoreTest';
    await cluster
      .kubeConfig('admin')
      .makeApiClient(loadClientNode().CustomObjectsApi)
      .patchNamespacedCustomObject(
        {
          ...CARTO,
          plural: 'workloads',
          namespace,
          name,
          body: [
            {
              op: 'replace',
              path: '/spec/params',
              value: params('failed', failure),
            },
          ],
        },
        undefined,
      );

    const detail = await eventually(() => {
      const d = service.workload('local', namespace, name);
      return d.diagnosis.state === 'failed' && d;
    });
    const healthMessage = `field value: failed, message: ${failure}`;
    expect(detail.diagnosis).toMatchObject({
      state: 'failed',
      category: 'unhealthy',
      stage: 'source-tester',
      message: healthMessage,
    });
    // The list row comes from the same diagnosis.
    expect(
      service
        .workloads({ cluster: 'local' })
        .find(w => w.namespace === namespace && w.name === name),
    ).toMatchObject({ state: 'failed', message: healthMessage });

    const stage = await new StageReader(service).stage(
      'local',
      namespace,
      name,
      'source-tester',
    );
    expect(stage.warnings).toEqual([]);
    const history = stage.history!;
    expect(
      history.map(r => [r.health.status, r.current, r.outputsFrom]),
    ).toEqual([
      ['False', true, false],
      ['True', false, true],
    ]);
    expect(history[0].health.message).toBe(healthMessage);
    expect(history[1].health.message).toBe(
      'field value: passed, message: all 57 tests passed',
    );
    // The stage, and the drawer's YAML, are the latest object's.
    expect(stage.stage.stampedRef?.name).toBe(history[0].name);
    expect(stage.yaml).toContain(`name: ${history[0].name}`);
    expect(stage.yaml).toContain('result: failed');
  });

  it('has no history for a mutable stage', async () => {
    await eventually(
      () =>
        service.workload('local', 'dev', 'shop-frontend').diagnosis.state ===
        'ready',
    );
    const stage = await new StageReader(service).stage(
      'local',
      'dev',
      'shop-frontend',
      'source-provider',
    );
    expect(stage.yaml).toBeDefined();
    expect(stage.history).toBeUndefined();
  });
});
