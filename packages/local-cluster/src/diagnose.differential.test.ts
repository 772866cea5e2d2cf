/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  ClusterSupplyChain,
  Diagnosis,
  diagnoseWorkload,
  Workload,
} from '@internal/plugin-cartographer-common';
import type { KubeConfig } from '@kubernetes/client-node';
import { applyManifests, Manifest } from './manifests';
import { condition, OwnerObject, waitForSettled } from './samples';
import {
  CONFIG_MAPS,
  createTestNamespace,
  deleteTestNamespace,
  uniqueId,
} from './testing/testNamespace';
import { CARTO, workloadManifest } from './testing/workloads';
import {
  CONVERGENCE_TIMEOUT_MS,
  useLocalCluster,
} from './testing/useLocalCluster';

// Differential test: Workloads driven into each state by the real
// Cartographer. For each, the plugin's diagnosis must agree with what the
// controller wrote: the state is what Ready says, the blamed stage is the one
// the controller marks not Ready, and the message is the controller's.
//
// Every chain has two stages: `source` (always healthy) and `target`, whose
// template is the case. Chains select on diag.test/case only.

interface DiagnosisCase {
  name: string;
  /** The `target` stage's template, without metadata.name. */
  template: { kind: string; spec: Record<string, unknown> };
  expected: {
    state: Diagnosis['state'];
    category: Diagnosis['category'];
    stage?: 'target';
    /** The controller's reason on Ready, to check the case tests what it says. */
    readyReason: string;
  };
}

const configMap = (
  data: Record<string, string>,
  name = '$(workload.metadata.name)$-target',
) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name },
  data,
});

const CASES: DiagnosisCase[] = [
  {
    name: 'ready-ytt',
    template: {
      kind: 'ClusterTemplate',
      spec: {
        ytt: [
          '#@ load("@ytt:data", "data")',
          '---',
          'apiVersion: v1',
          'kind: ConfigMap',
          'metadata:',
          '  name: #@ data.values.workload.metadata.name + "-target"',
          'data:',
          '  source: #@ data.values.source.url',
        ].join('\n'),
      },
    },
    expected: { state: 'ready', category: 'healthy', readyReason: 'Ready' },
  },
  {
    // The stamping ServiceAccount may manage ConfigMaps only.
    name: 'refused-forbidden',
    template: {
      kind: 'ClusterTemplate',
      spec: {
        template: {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: '$(workload.metadata.name)$-target' },
          stringData: { source: '$(source.url)$' },
        },
      },
    },
    expected: {
      state: 'failed',
      category: 'serviceAccount',
      stage: 'target',
      readyReason: 'TemplateRejectedByAPIServer',
    },
  },
  {
    // Refused by API-server validation: a name no object may have.
    name: 'refused-invalid',
    template: {
      kind: 'ClusterTemplate',
      spec: {
        template: configMap({ source: '$(source.url)$' }, 'Not_A_Valid_Name'),
      },
    },
    expected: {
      state: 'failed',
      category: 'submission',
      stage: 'target',
      readyReason: 'TemplateRejectedByAPIServer',
    },
  },
  {
    name: 'missing-value',
    template: {
      kind: 'ClusterConfigTemplate',
      spec: {
        configPath: '.data.neverWritten',
        template: configMap({ source: '$(source.url)$' }),
      },
    },
    expected: {
      state: 'pending',
      category: 'waitingForOutput',
      stage: 'target',
      readyReason: 'MissingValueAtPath',
    },
  },
  {
    name: 'unhealthy-rule',
    template: {
      kind: 'ClusterTemplate',
      spec: {
        healthRule: {
          multiMatch: {
            healthy: {
              matchFields: [
                { key: '.data.result', operator: 'In', values: ['passed'] },
              ],
            },
            unhealthy: {
              matchFields: [
                {
                  key: '.data.result',
                  operator: 'In',
                  values: ['failed'],
                  messagePath: '.data.summary',
                },
              ],
            },
          },
        },
        template: configMap({
          source: '$(source.url)$',
          result: 'failed',
          summary: 'integration tests failed: 3 of 41',
        }),
      },
    },
    expected: {
      state: 'failed',
      category: 'unhealthy',
      stage: 'target',
      readyReason: 'HealthyConditionRule',
    },
  },
  {
    // A new object per input, kept with the earlier ones; health and outputs
    // come from the latest, which fails its rule (no messagePath). A Job,
    // because Cartographer recognises an unchanged immutable object by its
    // spec (a ConfigMap would be stamped anew on every reconcile).
    name: 'immutable-failing',
    template: {
      kind: 'ClusterSourceTemplate',
      spec: {
        lifecycle: 'immutable',
        urlPath: '.metadata.annotations.url',
        revisionPath: '.metadata.annotations.revision',
        healthRule: {
          multiMatch: {
            healthy: {
              matchFields: [
                {
                  key: '.metadata.annotations.branch',
                  operator: 'In',
                  values: ['release'],
                },
              ],
            },
            unhealthy: {
              matchFields: [
                {
                  key: '.metadata.annotations.branch',
                  operator: 'In',
                  values: ['main'],
                },
              ],
            },
          },
        },
        template: {
          apiVersion: 'batch/v1',
          kind: 'Job',
          metadata: {
            generateName: '$(workload.metadata.name)$-target-',
            annotations: {
              url: '$(source.url)$',
              revision: '$(source.revision)$',
              branch: '$(workload.spec.source.git.ref.branch)$',
            },
          },
          spec: {
            suspend: true,
            template: {
              spec: {
                restartPolicy: 'Never',
                containers: [
                  {
                    name: 'tests',
                    image: 'registry.local.example/tools/test-runner',
                  },
                ],
              },
            },
          },
        },
      },
    },
    expected: {
      state: 'failed',
      category: 'unhealthy',
      stage: 'target',
      readyReason: 'HealthyConditionRule',
    },
  },
  {
    name: 'ytt-stamp-error',
    template: {
      kind: 'ClusterTemplate',
      spec: {
        ytt: [
          '#@ load("@ytt:assert", "assert")',
          '#@ assert.fail("this template refuses to render")',
          '---',
          'apiVersion: v1',
          'kind: ConfigMap',
        ].join('\n'),
      },
    },
    expected: {
      state: 'failed',
      category: 'submission',
      stage: 'target',
      readyReason: 'TemplateStampFailure',
    },
  },
];

const STATE_OF_READY: Record<string, Diagnosis['state']> = {
  True: 'ready',
  False: 'failed',
  Unknown: 'pending',
};

/** The stage the controller holds responsible: the first one not Ready. */
function controllersStage(workload: OwnerObject) {
  return workload.status?.resources?.find(
    r => r.conditions?.find(c => c.type === 'Ready')?.status !== 'True',
  );
}

describe('the diagnosis agrees with the real Cartographer', () => {
  const context = useLocalCluster();
  const runId = uniqueId('diag');
  const caseLabel = (c: DiagnosisCase) => ({
    'diag.test/case': `${runId}-${c.name}`,
  });
  const templateName = (c: DiagnosisCase) => `${runId}-${c.name}`;
  let namespace: string;

  const cleanUp = async (admin: KubeConfig) => {
    const { k8s } = context();
    const custom = admin.makeApiClient(k8s.CustomObjectsApi);
    const remove = (plural: string, name: string) =>
      custom
        .deleteClusterCustomObject({ ...CARTO, plural, name })
        .catch(() => undefined);
    for (const c of CASES) {
      await remove('clustersupplychains', templateName(c));
      await remove(`${c.template.kind.toLowerCase()}s`, templateName(c));
    }
    await remove('clustersourcetemplates', `${runId}-source`);
  };

  beforeAll(async () => {
    const { admin } = context();
    // The immutable case stamps Jobs.
    namespace = await createTestNamespace(admin, 'diag', [
      CONFIG_MAPS,
      { apiGroups: ['batch'], resources: ['jobs'] },
    ]);
    const source: Manifest = {
      apiVersion: 'carto.run/v1alpha1',
      kind: 'ClusterSourceTemplate',
      metadata: { name: `${runId}-source` },
      spec: {
        urlPath: '.data.url',
        revisionPath: '.data.revision',
        template: configMap(
          {
            url: '$(workload.spec.source.git.url)$',
            revision: '$(workload.spec.source.git.ref.branch)$/HEAD',
          },
          '$(workload.metadata.name)$-source',
        ),
      },
    };
    const perCase: Manifest[] = CASES.flatMap(c => [
      {
        apiVersion: 'carto.run/v1alpha1',
        kind: c.template.kind,
        metadata: { name: templateName(c) },
        spec: c.template.spec,
      },
      {
        apiVersion: 'carto.run/v1alpha1',
        kind: 'ClusterSupplyChain',
        metadata: { name: templateName(c) },
        spec: {
          selector: caseLabel(c),
          resources: [
            {
              name: 'source',
              templateRef: {
                kind: 'ClusterSourceTemplate',
                name: `${runId}-source`,
              },
            },
            {
              name: 'target',
              templateRef: { kind: c.template.kind, name: templateName(c) },
              sources: [{ resource: 'source', name: 'source' }],
            },
          ],
        },
      },
      workloadManifest({
        name: c.name,
        namespace,
        labels: caseLabel(c),
      }) as Manifest,
    ]);
    await applyManifests(admin, [source, ...perCase]);
  }, 60_000);

  afterAll(async () => {
    const { admin } = context();
    await cleanUp(admin);
    if (namespace) await deleteTestNamespace(admin, namespace);
  });

  it.each(CASES.map(c => [c.name, c]))(
    '%s',
    async (_, c) => {
      const { admin, k8s } = context();
      const workload = await waitForSettled(
        admin,
        { kind: 'Workload', namespace, name: c.name },
        {
          timeoutMs: CONVERGENCE_TIMEOUT_MS,
          until: w =>
            condition(w, 'Ready')?.reason === c.expected.readyReason &&
            w.status?.observedGeneration === w.metadata?.generation,
        },
      );
      const chain = (await admin
        .makeApiClient(k8s.CustomObjectsApi)
        .getClusterCustomObject({
          ...CARTO,
          plural: 'clustersupplychains',
          name: templateName(c),
        })) as ClusterSupplyChain;
      const ready = condition(workload, 'Ready')!;
      const diagnosis = diagnoseWorkload(workload as Workload, chain);

      // The case is what it says it is.
      expect({
        state: diagnosis.state,
        category: diagnosis.category,
        stage: diagnosis.stage,
      }).toEqual({
        state: c.expected.state,
        category: c.expected.category,
        stage: c.expected.stage,
      });
      // The plugin says what the controller says.
      expect(diagnosis.state).toBe(STATE_OF_READY[ready.status]);
      if (ready.status === 'True') return;
      const blamed = controllersStage(workload);
      expect(diagnosis.stage).toBe(
        blamed?.name ?? ready.message?.match(/resource \[([^\]]+)\]/)?.[1],
      );
      const stageMessages = (blamed?.conditions ?? [])
        .filter(x => x.status !== 'True')
        .map(x => x.message);
      expect([ready.message, ...stageMessages]).toContain(diagnosis.message);
      expect(diagnosis.message).toBeTruthy();
    },
    CONVERGENCE_TIMEOUT_MS + 10_000,
  );
});
