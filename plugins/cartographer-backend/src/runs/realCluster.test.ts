/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * Runs of Runnables against the real local control plane: the real
 * Cartographer stamps the Runnable of a supply chain stage and creates one
 * TestRun (the samples' run kind, examples/cluster/26-runnables.yaml) per
 * set of inputs; the standalone Runnable nightly-smoke comes from the samples.
 */
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { PolicyDecision } from '@backstage/plugin-permission-common';
import {
  ensureLocalCluster,
  eventually,
  LocalCluster,
} from '@internal/local-cluster';
import { Runnable } from '@internal/plugin-cartographer-common';
import request from 'supertest';
import { ClusterFleet } from '../cache/ClusterFleet';
import { loadClientNode } from '../clusters/clientNode';
import { authorizerFor, namespaceOnly } from '../__testUtils__/permissions';
import { ApprovalPolicy } from '../service/ApprovalPolicy';
import { routerApp } from '../__testUtils__/routerApp';
import { CartographerService } from '../service/CartographerService';
import { StageReader } from '../service/StageReader';
import { RunnableService } from './RunnableService';
import { RunReader } from './RunReader';

jest.setTimeout(240_000);

const suffix = Date.now().toString(36);
const workloadName = `runs-${suffix}`;
const forbiddenTemplate = `forbidden-run-${suffix}`;
const forbiddenRunnable = `forbidden-${suffix}`;
const config = new ConfigReader({
  cartographer: { approval: { label: 'cartographer.backstage.io/approved' } },
});
const CARTO = { group: 'carto.run', version: 'v1alpha1' };

function commitWorkload(
  commit: string,
  result = 'True',
  summary = 'all 40 tests passed',
) {
  return {
    apiVersion: 'carto.run/v1alpha1',
    kind: 'Workload',
    metadata: {
      name: workloadName,
      namespace: 'qa',
      labels: {
        'apps.tanzu.vmware.com/workload-type': 'web',
        'samples.cartographer.backstage.io/test-runner': 'runnable',
      },
    },
    spec: {
      serviceAccountName: 'carto-workload',
      params: [
        { name: 'test_result', value: result },
        { name: 'test_summary', value: summary },
      ],
      source: {
        git: {
          url: `https://github.com/sample-org/${workloadName}`,
          ref: { branch: 'main', commit },
        },
      },
    },
  };
}

function nextSecond() {
  return new Promise(resolve => setTimeout(resolve, 1_100));
}

describe('Runnable runs on the real local cluster', () => {
  let cluster: LocalCluster;
  let fleet: ClusterFleet;
  let stages: StageReader;
  let runnables: RunnableService;
  let reader: RunReader;
  let service: CartographerService;
  let custom: any;

  async function apply(object: any) {
    const api = loadClientNode().KubernetesObjectApi.makeApiClient(
      cluster.kubeConfig('admin'),
    );
    await api.patch(
      object,
      undefined,
      undefined,
      'runs-test',
      true,
      'application/apply-patch+yaml' as any,
    );
  }

  async function appRequest(decision: PolicyDecision) {
    return request(
      await routerApp({
        fleet,
        config,
        authorizer: authorizerFor(decision).authorizer,
        service,
        stages,
        runnables,
      }),
    );
  }

  /** The stage Runnable's runs, once Cartographer has created `count`. */
  async function runsOnceThere(count: number) {
    return eventually(
      async () => {
        const runnable = fleet
          .cluster('local')
          .get<Runnable>('Runnable', 'qa', `${workloadName}-tests`);
        if (!runnable) return undefined;
        const history = await reader.history(fleet.cluster('local'), runnable);
        return history.total === count ? history : undefined;
      },
      120_000,
      500,
    );
  }

  beforeAll(async () => {
    cluster = await ensureLocalCluster();
    custom = cluster
      .kubeConfig('admin')
      .makeApiClient(loadClientNode().CustomObjectsApi);
    fleet = new ClusterFleet(
      [
        {
          name: 'local',
          source: 'kubeconfig',
          kubeConfig: () => cluster.kubeConfig('backstage'),
        },
      ],
      mockServices.logger.mock(),
      { backoffMs: () => 500 },
    );
    service = new CartographerService(fleet, ApprovalPolicy.fromConfig(config));
    reader = new RunReader();
    stages = new StageReader(service, reader);
    runnables = new RunnableService(fleet, reader);
    fleet.start();
    await eventually(() => fleet.cluster('local').info().state === 'ready');
  });

  afterAll(async () => {
    fleet?.stop();
    await custom
      ?.deleteNamespacedCustomObject({
        ...CARTO,
        plural: 'workloads',
        namespace: 'qa',
        name: workloadName,
      })
      .catch(() => undefined);
    await custom
      ?.deleteNamespacedCustomObject({
        ...CARTO,
        plural: 'runnables',
        namespace: 'qa',
        name: forbiddenRunnable,
      })
      .catch(() => undefined);
    await custom
      ?.deleteClusterCustomObject({
        ...CARTO,
        plural: 'clusterruntemplates',
        name: forbiddenTemplate,
      })
      .catch(() => undefined);
  });

  it('lists one run per input change, newest first, with inputs, outputs, states and the failure named', async () => {
    // Creation times have one-second resolution and the controller breaks a
    // tie by list order, so each commit waits for the next second.
    await apply(commitWorkload('a1a1a1a'));
    await runsOnceThere(1);
    await nextSecond();
    await apply(commitWorkload('b2b2b2b'));
    await runsOnceThere(2);
    await nextSecond();
    await apply(
      commitWorkload(
        'c3c3c3c',
        'False',
        '2 of 40 tests failed: test_checkout, test_refund',
      ),
    );
    await runsOnceThere(3);

    // What the drawer's API answers for the stage.
    const detail = await eventually(async () => {
      const d = await stages.stage(
        'local',
        'qa',
        workloadName,
        'source-tester',
      );
      return d.runs?.total === 3 ? d : undefined;
    });
    const history = detail.runs!;
    expect(history.runKind).toEqual({
      apiVersion: 'samples.cartographer.backstage.io/v1alpha1',
      kind: 'TestRun',
    });
    expect(history.warnings).toEqual([]);
    expect(history.items.map(r => [r.revision, r.state, r.current])).toEqual([
      ['main@sha1:c3c3c3c', 'failed', false],
      ['main@sha1:b2b2b2b', 'succeeded', true],
      ['main@sha1:a1a1a1a', 'succeeded', false],
    ]);
    for (const run of history.items) {
      expect(run.name).toMatch(new RegExp(`^${workloadName}-tests-`));
      expect(run.kind).toBe('TestRun');
      expect(run.startedAt).toBeDefined();
    }
    const [failed, current, first] = history.items;
    expect(failed.inputsSource).toBe('runnable');
    expect(failed.inputs).toMatchObject({
      revision: 'main@sha1:c3c3c3c',
      result: 'False',
      summary: '2 of 40 tests failed: test_checkout, test_refund',
    });
    expect(failed.message).toBe(
      '2 of 40 tests failed: test_checkout, test_refund',
    );
    expect(current.inputsSource).toBe('runObject');
    expect(current.inputs).toMatchObject({
      revision: 'main@sha1:b2b2b2b',
      url: `https://github.com/sample-org/${workloadName}/archive/b2b2b2b.tar.gz`,
    });
    expect(current.outputs).toEqual({
      revision: 'main@sha1:b2b2b2b',
      url: `https://github.com/sample-org/${workloadName}/archive/b2b2b2b.tar.gz`,
    });
    expect(first.outputs.revision).toBe('main@sha1:a1a1a1a');
    expect(history.diagnosis).toBe(
      `Run ${failed.name} on main@sha1:c3c3c3c failed: 2 of 40 tests failed: test_checkout, test_refund`,
    );
    // The workload's diagnosis names the stage and the failed run's message.
    const diagnosis = await eventually(() => {
      const d = service.workload('local', 'qa', workloadName).diagnosis;
      return /source-tester/.test(d.summary) ? d : undefined;
    });
    expect(`${diagnosis.summary} ${diagnosis.message}`).toContain(
      '2 of 40 tests failed: test_checkout, test_refund',
    );
    // The chain goes on with the outputs of the run marked current.
    const runnable = fleet
      .cluster('local')
      .get<Runnable>('Runnable', 'qa', `${workloadName}-tests`)!;
    expect(runnable.status?.outputs?.revision).toBe('main@sha1:b2b2b2b');
  });

  it('reads the runs with exactly one counted list request', async () => {
    const local = fleet.cluster('local');
    const runnable = local.get<Runnable>('Runnable', 'qa', 'nightly-smoke')!;
    await reader.history(local, runnable); // discovery of the kind, once
    const before = local.apiRequests;
    const history = await reader.history(local, runnable);
    expect(local.apiRequests - before).toBe(1);
    expect(history.items[0]).toMatchObject({
      state: 'succeeded',
      current: true,
      outputs: { endpoint: 'http://inventory-api.qa.svc/healthz' },
      message: 'http://inventory-api.qa.svc/healthz answered',
    });
  });

  it('warns clearly when RBAC forbids listing the run kind', async () => {
    // PodTemplate exists on every cluster; the portal's reader role lacks it.
    await apply({
      apiVersion: 'carto.run/v1alpha1',
      kind: 'ClusterRunTemplate',
      metadata: { name: forbiddenTemplate },
      spec: {
        template: {
          apiVersion: 'v1',
          kind: 'PodTemplate',
          metadata: { generateName: 'forbidden-' },
          template: { spec: { containers: [{ name: 'c', image: 'busybox' }] } },
        },
      },
    });
    await apply({
      apiVersion: 'carto.run/v1alpha1',
      kind: 'Runnable',
      metadata: { name: forbiddenRunnable, namespace: 'qa' },
      spec: {
        serviceAccountName: 'carto-workload',
        runTemplateRef: { name: forbiddenTemplate },
      },
    });
    const history = await eventually(async () => {
      const h = await runnables.runHistory(
        'local',
        'qa',
        forbiddenRunnable,
        {},
      );
      return h.runKind ? h : undefined;
    });
    expect(history.items).toEqual([]);
    expect(history.warnings).toEqual([
      expect.stringMatching(
        /^cannot list PodTemplate \(v1\) in namespace qa on cluster local: forbidden for the plugin's service account \(.*podtemplates.*\); grant it get and list on this kind, so its runs are not shown$/,
      ),
    ]);
  });

  it('lists standalone Runnables only and explains the template and selected object', async () => {
    const rows = runnables.list({ namespace: 'qa' });
    const names = rows.map(r => r.name);
    expect(names).toContain('nightly-smoke');
    // Runnables a Workload stamped are stages, not standalone.
    expect(names.filter(n => n.endsWith('-tests'))).toEqual([]);
    expect(rows.find(r => r.name === 'nightly-smoke')).toMatchObject({
      cluster: 'local',
      state: 'ready',
      runTemplate: 'sample-smoke-run',
    });

    const detail = await runnables.detail('local', 'qa', 'nightly-smoke');
    expect(detail.selection.template.outcome).toBe('found');
    expect(detail.selection.templates.filter(t => t.chosen)).toEqual([
      {
        name: 'sample-smoke-run',
        chosen: true,
        why: 'named by spec.runTemplateRef',
      },
    ]);
    expect(detail.selection.templates.map(t => t.name)).toContain(
      'sample-test-run',
    );
    expect(detail.selection.selector).toMatchObject({
      outcome: 'selected',
      selected: 'smoke-target-inventory',
    });
    // The less specific ConfigMap carries one of the two labels only.
    expect(
      detail.selection.selector!.candidates.filter(c =>
        c.name.startsWith('smoke-target'),
      ),
    ).toEqual([
      {
        name: 'smoke-target-inventory',
        namespace: 'qa',
        matches: true,
        missingLabels: [],
      },
      {
        name: 'smoke-target-draft',
        namespace: 'qa',
        matches: false,
        missingLabels: ['app.kubernetes.io/part-of=inventory-api'],
      },
    ]);
    expect(detail.outputs).toEqual({
      endpoint: 'http://inventory-api.qa.svc/healthz',
    });
    expect(detail.runs.items.length).toBeGreaterThanOrEqual(1);
  });

  it('shows nothing of a Runnable to a user without access to its namespace', async () => {
    const allowed = await appRequest(namespaceOnly(['qa']));
    const listed = await allowed.get('/runnables?namespace=qa');
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((r: any) => r.name)).toContain(
      'nightly-smoke',
    );
    expect(
      (await allowed.get('/runnables/local/qa/nightly-smoke')).status,
    ).toBe(200);
    const runs = await allowed.get(
      '/runnables/local/qa/nightly-smoke/runs?limit=1',
    );
    expect(runs.status).toBe(200);
    expect(runs.body.items).toHaveLength(1);

    const other = await appRequest(namespaceOnly(['dev']));
    const hidden = await other.get('/runnables');
    expect(hidden.status).toBe(200);
    expect(hidden.body.items.filter((r: any) => r.namespace === 'qa')).toEqual(
      [],
    );
    const detail = await other.get('/runnables/local/qa/nightly-smoke');
    expect(detail.status).toBe(404);
    expect(detail.body.error.message).toBe(
      'runnable qa/nightly-smoke not found on cluster local',
    );
    expect(
      (await other.get('/runnables/local/qa/nightly-smoke/runs')).status,
    ).toBe(404);
    // The stage drawer of a workload in qa is hidden the same way.
    expect(
      (
        await other.get(
          `/workloads/local/qa/${workloadName}/stages/source-tester`,
        )
      ).status,
    ).toBe(404);
  });
});
