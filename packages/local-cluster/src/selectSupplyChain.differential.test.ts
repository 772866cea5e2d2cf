/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  ClusterSupplyChain,
  selectSupplyChain,
  Workload,
} from '@internal/plugin-cartographer-common';
import type { KubeConfig } from '@kubernetes/client-node';
import { applyManifests, Manifest } from './manifests';
import { condition, OwnerObject, waitForSettled } from './samples';
import {
  createTestNamespace,
  deleteTestNamespace,
  uniqueId,
} from './testing/testNamespace';
import { CARTO, workloadManifest } from './testing/workloads';
import {
  CONVERGENCE_TIMEOUT_MS,
  useLocalCluster,
} from './testing/useLocalCluster';

// Differential test: for each case, the real Cartographer and our TypeScript
// port `selectSupplyChain` must pick the same supply chain (or fail the same
// way). Label keys live under diff.test/ so the sample chains never match,
// and every chain of a case also requires the label diff.test/case=<case>,
// which adds the same +1 to each of them and keeps cases apart.

type Outcome = { selected: string } | 'none' | 'ambiguous' | 'labelsMissing';

interface ChainSelector {
  selector?: Record<string, string>;
  selectorMatchExpressions?: Array<{
    key: string;
    operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
    values?: string[];
  }>;
  selectorMatchFields?: Array<{
    key: string;
    operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
    values?: string[];
  }>;
}

interface DifferentialCase {
  name: string;
  chains: Record<string, ChainSelector>;
  labels?: Record<string, string>;
  spec?: Record<string, unknown>;
  /** What Cartographer is expected to do; guards that the case tests what it says. */
  expected: Outcome;
}

const TYPE = 'diff.test/type';

const CASES: DifferentialCase[] = [
  {
    name: 'more-labels-wins',
    chains: {
      web: { selector: { [TYPE]: 'web' } },
      tested: { selector: { [TYPE]: 'web', 'diff.test/has-tests': 'true' } },
    },
    labels: { [TYPE]: 'web', 'diff.test/has-tests': 'true' },
    expected: { selected: 'tested' },
  },
  {
    name: 'tie-is-ambiguous',
    chains: {
      backend: { selector: { [TYPE]: 'web', 'diff.test/tier': 'backend' } },
      golang: { selector: { [TYPE]: 'web', 'diff.test/lang': 'go' } },
    },
    labels: {
      [TYPE]: 'web',
      'diff.test/tier': 'backend',
      'diff.test/lang': 'go',
    },
    expected: 'ambiguous',
  },
  {
    name: 'no-match',
    chains: { web: { selector: { [TYPE]: 'web' } } },
    labels: { [TYPE]: 'worker' },
    expected: 'none',
  },
  {
    name: 'no-labels',
    chains: { web: { selector: { [TYPE]: 'web' } } },
    labels: undefined,
    expected: 'labelsMissing',
  },
  {
    name: 'expressions-count-per-term',
    chains: {
      anyType: {
        selectorMatchExpressions: [
          { key: TYPE, operator: 'In', values: ['web', 'api'] },
        ],
      },
      stableApi: {
        selector: { [TYPE]: 'api' },
        selectorMatchExpressions: [
          { key: 'diff.test/canary', operator: 'DoesNotExist' },
        ],
      },
    },
    labels: { [TYPE]: 'api' },
    expected: { selected: 'stableApi' },
  },
  {
    name: 'notin-matches-missing-label',
    chains: {
      notProd: {
        selectorMatchExpressions: [
          { key: 'diff.test/env', operator: 'NotIn', values: ['prod'] },
        ],
      },
      web: { selector: { [TYPE]: 'web' } },
    },
    labels: { [TYPE]: 'web' },
    expected: 'ambiguous',
  },
  {
    name: 'git-url-field',
    chains: {
      byUrl: {
        selector: { [TYPE]: 'web' },
        selectorMatchFields: [
          {
            key: 'spec.source.git.url',
            operator: 'In',
            values: ['https://github.com/sample-org/git-url-field'],
          },
        ],
      },
      byBranch: {
        selector: { [TYPE]: 'web' },
        selectorMatchFields: [
          {
            key: 'spec.source.git.ref.branch',
            operator: 'In',
            values: ['main'],
          },
        ],
      },
    },
    labels: { [TYPE]: 'web' },
    spec: {
      source: {
        git: {
          url: 'https://github.com/sample-org/git-url-field',
          ref: { branch: 'develop' },
        },
      },
    },
    expected: { selected: 'byUrl' },
  },
  {
    name: 'param-field',
    chains: {
      java: {
        selector: { [TYPE]: 'web' },
        selectorMatchFields: [
          {
            key: 'spec.params[?(@.name=="language")].value',
            operator: 'In',
            values: ['java'],
          },
        ],
      },
      notJava: {
        selector: { [TYPE]: 'web' },
        selectorMatchFields: [
          {
            key: 'spec.params[?(@.name=="language")].value',
            operator: 'NotIn',
            values: ['java'],
          },
        ],
      },
    },
    labels: { [TYPE]: 'web' },
    spec: { params: [{ name: 'language', value: 'go' }] },
    expected: { selected: 'notJava' },
  },
  {
    // Workload fields that are nil pointers in Cartographer's Go types
    // (subPath, image, git url/ref) evaluate to null without an error, so
    // NotIn matches just like DoesNotExist does.
    name: 'unset-pointer-field',
    chains: {
      noSubPath: {
        selector: { [TYPE]: 'web' },
        selectorMatchFields: [
          { key: 'spec.source.subPath', operator: 'DoesNotExist' },
        ],
      },
      subPathNotX: {
        selector: { [TYPE]: 'web' },
        selectorMatchFields: [
          { key: 'spec.source.subPath', operator: 'NotIn', values: ['x'] },
        ],
      },
    },
    labels: { [TYPE]: 'web' },
    expected: 'ambiguous',
  },
  {
    // A path through a missing parent (no spec.source at all) is "not found":
    // only DoesNotExist matches, NotIn fails.
    name: 'missing-parent-fails-notin',
    chains: {
      urlNotX: {
        selector: { [TYPE]: 'web' },
        selectorMatchFields: [
          { key: 'spec.source.git.url', operator: 'NotIn', values: ['x'] },
        ],
      },
      web: { selector: { [TYPE]: 'web' } },
    },
    labels: { [TYPE]: 'web' },
    spec: {
      source: undefined,
      image: 'registry.local.example/apps/prebuilt:1.0',
    },
    expected: { selected: 'web' },
  },
  {
    // serviceAccountName is a plain string in the Go type: unset reads as "",
    // which Exists accepts.
    name: 'unset-string-field-exists',
    chains: {
      withServiceAccount: {
        selector: { [TYPE]: 'web' },
        selectorMatchFields: [
          { key: 'spec.serviceAccountName', operator: 'Exists' },
        ],
      },
      web: { selector: { [TYPE]: 'web' } },
    },
    labels: { [TYPE]: 'web' },
    spec: { serviceAccountName: undefined },
    expected: { selected: 'withServiceAccount' },
  },
  {
    name: 'prebuilt-image-field',
    chains: {
      fromImage: {
        selector: { [TYPE]: 'web' },
        selectorMatchFields: [{ key: 'spec.image', operator: 'Exists' }],
      },
      fromGit: {
        selector: { [TYPE]: 'web' },
        selectorMatchFields: [
          { key: 'spec.source.git.url', operator: 'Exists' },
        ],
      },
    },
    labels: { [TYPE]: 'web' },
    spec: {
      source: undefined,
      image: 'registry.local.example/apps/prebuilt:1.0',
    },
    expected: { selected: 'fromImage' },
  },
];

/** What Cartographer decided, read from the Workload's status. */
function cartographerOutcome(workload: OwnerObject): Outcome | undefined {
  const ready = condition(workload, 'SupplyChainReady');
  if (ready?.status === 'True') {
    return { selected: workload.status!.supplyChainRef!.name! };
  }
  switch (ready?.reason) {
    case 'SupplyChainNotFound':
      return 'none';
    case 'MultipleSupplyChainMatches':
      return 'ambiguous';
    case 'WorkloadLabelsMissing':
      return 'labelsMissing';
    default:
      return undefined;
  }
}

function portOutcome(
  workload: Workload,
  chains: ClusterSupplyChain[],
): Outcome | string {
  const result = selectSupplyChain(workload, chains);
  switch (result.outcome) {
    case 'selected':
      return { selected: result.selected!.metadata!.name! };
    case 'error':
      return `error: ${result.message}`;
    default:
      return result.outcome;
  }
}

describe('selectSupplyChain agrees with the real Cartographer', () => {
  const context = useLocalCluster();
  const runId = uniqueId('diff');
  const chainName = (c: DifferentialCase, key: string) =>
    `${runId}-${c.name}-${key.toLowerCase()}`;
  const caseLabel = (c: DifferentialCase) => ({
    'diff.test/case': `${runId}-${c.name}`,
  });
  let namespace: string;
  const createdChains: string[] = [];

  const deleteChains = async (admin: KubeConfig) => {
    const { k8s } = context();
    const custom = admin.makeApiClient(k8s.CustomObjectsApi);
    for (const name of createdChains) {
      await custom
        .deleteClusterCustomObject({
          ...CARTO,
          plural: 'clustersupplychains',
          name,
        })
        .catch(() => undefined);
    }
    await custom
      .deleteClusterCustomObject({
        ...CARTO,
        plural: 'clustertemplates',
        name: `${runId}-config`,
      })
      .catch(() => undefined);
  };

  beforeAll(async () => {
    const { admin } = context();
    namespace = await createTestNamespace(admin, 'diff');
    const template: Manifest = {
      apiVersion: 'carto.run/v1alpha1',
      kind: 'ClusterTemplate',
      metadata: { name: `${runId}-config` },
      spec: {
        template: {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: '$(workload.metadata.name)$-selected' },
          data: { chain: '$(labels.carto\\.run/supply-chain-name)$' },
        },
      },
    };
    const chains: Manifest[] = CASES.flatMap(c =>
      Object.entries(c.chains).map(([key, selector]) => {
        createdChains.push(chainName(c, key));
        return {
          apiVersion: 'carto.run/v1alpha1',
          kind: 'ClusterSupplyChain',
          metadata: { name: chainName(c, key) },
          spec: {
            ...selector,
            selector: { ...caseLabel(c), ...selector.selector },
            resources: [
              {
                name: 'config',
                templateRef: {
                  kind: 'ClusterTemplate',
                  name: `${runId}-config`,
                },
              },
            ],
          },
        };
      }),
    );
    const workloads = CASES.map(c => {
      const body = workloadManifest({
        name: c.name,
        namespace,
        labels: c.labels && { ...caseLabel(c), ...c.labels },
      });
      body.spec = { ...body.spec, ...c.spec };
      return body as Manifest;
    });
    await applyManifests(admin, [template, ...chains, ...workloads]);
  }, 60_000);

  afterAll(async () => {
    const { admin } = context();
    await deleteChains(admin);
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
            cartographerOutcome(w) !== undefined &&
            w.status?.observedGeneration === w.metadata?.generation,
        },
      );
      const chains = (
        (await admin
          .makeApiClient(k8s.CustomObjectsApi)
          .listClusterCustomObject({
            ...CARTO,
            plural: 'clustersupplychains',
          })) as { items: ClusterSupplyChain[] }
      ).items;

      const fromCartographer = cartographerOutcome(workload);
      const fromPort = portOutcome(workload as Workload, chains);
      const expected =
        typeof c.expected === 'string'
          ? c.expected
          : { selected: chainName(c, c.expected.selected) };

      expect(fromCartographer).toEqual(expected);
      expect(fromPort).toEqual(fromCartographer);
    },
    CONVERGENCE_TIMEOUT_MS + 10_000,
  );
});
