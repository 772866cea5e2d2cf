/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * Fixtures shaped exactly like the backend's responses: they are built from
 * carto.run objects with the same pure functions the backend uses (graph,
 * diagnosis, selection), so a change in those shapes shows up here too.
 */
import {
  blueprintParams,
  buildSupplyChainGraph,
  ClusterDelivery,
  ClusterInfo,
  ClusterSupplyChain,
  Condition,
  Deliverable,
  DeliverableView,
  diagnoseDeliverable,
  diagnoseWorkload,
  LABELS,
  RealizedResource,
  requiredLabelsForBlueprint,
  selectSupplyChain,
  SelectorTerm,
  StageDetailResponse,
  SupplyChainDetailResponse,
  SupplyChainSummary,
  Workload,
  WorkloadDetailResponse,
  WorkloadsResponse,
  WorkloadSummary,
  RunnableDetailResponse,
  RunnableSummary,
} from '@internal/plugin-cartographer-common';

/** An ISO timestamp `minutes` ago, so relative times read naturally. */
export function minutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString();
}

const CHANGED = minutesAgo(5);
const CREATED = minutesAgo(3 * 24 * 60);

function conditions(
  ready: Condition['status'],
  failure: {
    reason?: string;
    message?: string;
    healthy?: Condition['status'];
  } = {},
): Condition[] {
  const healthy = failure.healthy ?? ready;
  return [
    {
      type: 'ResourceSubmitted',
      status: 'True',
      reason: 'ResourceSubmissionComplete',
      lastTransitionTime: CHANGED,
    },
    {
      type: 'Healthy',
      status: healthy,
      reason: healthy === 'True' ? 'OutputsAvailable' : failure.reason,
      message: healthy === 'True' ? undefined : failure.message,
      lastTransitionTime: CHANGED,
    },
    {
      type: 'Ready',
      status: ready,
      reason: ready === 'True' ? 'Ready' : failure.reason,
      message: ready === 'True' ? undefined : failure.message,
      lastTransitionTime: CHANGED,
    },
  ];
}

/** The workshop chain: source → image → config → app-config → config-writer. */
export const sourceToUrl: ClusterSupplyChain = {
  apiVersion: 'carto.run/v1alpha1',
  kind: 'ClusterSupplyChain',
  metadata: {
    name: 'source-to-url',
    labels: { 'cartographer.backstage.io/approved': 'true' },
    annotations: {
      'cartographer.backstage.io/description':
        'Builds a container image from git and writes the deployment config.',
    },
  },
  spec: {
    selector: { [LABELS.workloadType]: 'web' },
    params: [
      { name: 'registry', value: 'registry.local:5000/apps' },
      { name: 'port', default: 8080 },
    ],
    resources: [
      {
        name: 'source-provider',
        templateRef: { kind: 'ClusterSourceTemplate', name: 'git-source' },
      },
      {
        name: 'image-builder',
        templateRef: { kind: 'ClusterImageTemplate', name: 'kpack-image' },
        sources: [{ resource: 'source-provider', name: 'source' }],
      },
      {
        name: 'config-provider',
        templateRef: { kind: 'ClusterConfigTemplate', name: 'convention' },
        images: [{ resource: 'image-builder', name: 'image' }],
      },
      {
        name: 'app-config',
        templateRef: { kind: 'ClusterConfigTemplate', name: 'app-config' },
        configs: [{ resource: 'config-provider', name: 'config' }],
      },
      {
        name: 'config-writer',
        templateRef: { kind: 'ClusterTemplate', name: 'config-writer' },
        configs: [{ resource: 'app-config', name: 'config' }],
      },
    ],
  },
  status: {
    conditions: [{ type: 'Ready', status: 'True', reason: 'Ready' }],
  },
};

/** A chain that also tests: more specific (two selector terms). */
export const sourceTestToUrl: ClusterSupplyChain = {
  ...sourceToUrl,
  metadata: { name: 'source-test-to-url' },
  spec: {
    ...sourceToUrl.spec,
    selector: {
      [LABELS.workloadType]: 'web',
      'apps.tanzu.vmware.com/has-tests': 'true',
    },
  },
};

/** An unapproved chain tying with source-test-to-url for some labels. */
export const experimentalChain: ClusterSupplyChain = {
  ...sourceToUrl,
  metadata: { name: 'experimental-chain' },
  spec: {
    ...sourceToUrl.spec,
    selector: undefined,
    selectorMatchExpressions: [
      {
        key: LABELS.workloadType,
        operator: 'In',
        values: ['web', 'worker-beta'],
      },
      { key: 'experimental', operator: 'Exists' },
    ],
  },
  status: {
    conditions: [
      {
        type: 'Ready',
        status: 'False',
        reason: 'TemplatesNotFound',
        message: 'did not find the template of the component(s): scanner',
      },
    ],
  },
};

export const allChains = [sourceToUrl, sourceTestToUrl, experimentalChain];

/** A workload on the given chain, its stages realized as `stageStatus` says. */
function workload(
  name: string,
  options: {
    namespace?: string;
    labels?: Record<string, string>;
    chain?: ClusterSupplyChain;
    resources?: RealizedResource[];
    ownerConditions: Condition[];
  },
): Workload {
  return {
    apiVersion: 'carto.run/v1alpha1',
    kind: 'Workload',
    metadata: {
      name,
      namespace: options.namespace ?? 'apps',
      generation: 1,
      creationTimestamp: CREATED,
      labels: options.labels ?? {
        [LABELS.workloadType]: 'web',
        [LABELS.partOf]: name,
      },
    },
    spec: {
      source: {
        git: {
          url: `https://github.com/sample-org/${name}`,
          ref: { branch: 'main' },
        },
      },
      params: [{ name: 'port', value: 8080 }],
    },
    status: {
      observedGeneration: 1,
      supplyChainRef: options.chain
        ? { kind: 'ClusterSupplyChain', name: options.chain.metadata!.name }
        : undefined,
      conditions: options.ownerConditions,
      resources: options.resources,
    },
  };
}

const COMMIT = '8c9d1e2f3a4b5c6d7e8f90a1b2c3d4e5f6a7b8c9';

function realizedStages(
  name: string,
  failAt?: { stage: string; reason: string; message: string },
): RealizedResource[] {
  const stages: Array<[string, string, string, Array<[string, string]>]> = [
    [
      'source-provider',
      'GitRepository',
      'source.toolkit.fluxcd.io/v1',
      [
        ['url', `http://source-controller/${name}/${COMMIT}.tar.gz`],
        ['revision', `main@sha1:${COMMIT}`],
      ],
    ],
    [
      'image-builder',
      'Image',
      'kpack.io/v1alpha2',
      [
        [
          'image',
          `registry.local:5000/apps/${name}@sha256:${'ab12'.repeat(16)}`,
        ],
      ],
    ],
    [
      'config-provider',
      'PodIntent',
      'conventions.carto.run/v1alpha1',
      [
        [
          'config',
          'template:\n  spec:\n    containers:\n    - name: workload\n',
        ],
      ],
    ],
    [
      'app-config',
      'ConfigMap',
      'v1',
      [['config', 'delivery.yml: |\n  kind: Deployment\n']],
    ],
    ['config-writer', 'Runnable', 'carto.run/v1alpha1', []],
  ];
  const result: RealizedResource[] = [];
  for (const [stage, kind, apiVersion, outputs] of stages) {
    const failing = failAt?.stage === stage;
    result.push({
      name: stage,
      stampedRef: {
        apiVersion,
        kind,
        namespace: 'apps',
        name: `${name}-${stage}`,
      },
      templateRef: {
        kind: sourceToUrl.spec.resources.find(r => r.name === stage)!
          .templateRef.kind,
        name: sourceToUrl.spec.resources.find(r => r.name === stage)!
          .templateRef.name,
      },
      outputs: failing
        ? []
        : outputs.map(([output, preview], i) => ({
            name: output,
            preview,
            digest: `sha256:${String(i + stage.length)
              .repeat(64)
              .slice(0, 64)}`,
            lastTransitionTime: CHANGED,
          })),
      conditions: failing
        ? conditions('False', {
            reason: failAt.reason,
            message: failAt.message,
          })
        : conditions('True'),
    });
    if (failing) break;
  }
  return result;
}

const readyOwner: Condition[] = [
  {
    type: 'SupplyChainReady',
    status: 'True',
    reason: 'Ready',
    lastTransitionTime: CHANGED,
  },
  {
    type: 'ResourcesSubmitted',
    status: 'True',
    reason: 'ResourceSubmissionComplete',
    lastTransitionTime: CHANGED,
  },
  {
    type: 'ResourcesHealthy',
    status: 'True',
    reason: 'HealthyConditionRule',
    lastTransitionTime: CHANGED,
  },
  {
    type: 'Ready',
    status: 'True',
    reason: 'Ready',
    lastTransitionTime: CHANGED,
  },
];

export const shopFrontendWorkload = workload('shop-frontend', {
  chain: sourceToUrl,
  resources: realizedStages('shop-frontend'),
  ownerConditions: readyOwner,
});

const BUILD_FAILURE =
  'buildpack detection failed: no buildpack group passed detection (is there a pom.xml or package.json?)';

export const fraudDetectorWorkload = workload('fraud-detector', {
  chain: sourceToUrl,
  resources: realizedStages('fraud-detector', {
    stage: 'image-builder',
    reason: 'BuildFailed',
    message: BUILD_FAILURE,
  }),
  ownerConditions: [
    { type: 'SupplyChainReady', status: 'True', reason: 'Ready' },
    {
      type: 'ResourcesSubmitted',
      status: 'True',
      reason: 'ResourceSubmissionComplete',
    },
    {
      type: 'ResourcesHealthy',
      status: 'False',
      reason: 'HealthyConditionRule',
      message: BUILD_FAILURE,
    },
    {
      type: 'Ready',
      status: 'False',
      reason: 'HealthyConditionRule',
      message: BUILD_FAILURE,
      lastTransitionTime: CHANGED,
    },
  ],
});

export const reportWorkerWorkload = workload('report-worker', {
  labels: { [LABELS.workloadType]: 'worker', [LABELS.partOf]: 'report-worker' },
  ownerConditions: [
    {
      type: 'SupplyChainReady',
      status: 'False',
      reason: 'SupplyChainNotFound',
      message:
        'no supply chain [ClusterSupplyChain] found where full selector is satisfied by labels: map[app.kubernetes.io/part-of:report-worker apps.tanzu.vmware.com/workload-type:worker]',
    },
    { type: 'Ready', status: 'False', reason: 'SupplyChainNotFound' },
  ],
});

export const searchUiWorkload = workload('search-ui', {
  labels: {
    [LABELS.workloadType]: 'web',
    'apps.tanzu.vmware.com/has-tests': 'true',
    experimental: 'yes',
    [LABELS.partOf]: 'search-ui',
  },
  ownerConditions: [
    {
      type: 'SupplyChainReady',
      status: 'False',
      reason: 'MultipleSupplyChainMatches',
      message:
        'workload may only match a single supply chain, but source-test-to-url, experimental-chain match',
    },
    { type: 'Ready', status: 'False', reason: 'MultipleSupplyChainMatches' },
  ],
});

/** The same app deployed on the edge cluster, which is unreachable. */
export const shopFrontendEdgeWorkload = shopFrontendWorkload;

function summarize(
  cluster: string,
  owner: Workload,
  stale = false,
  entityRefs: string[] = [],
): WorkloadSummary {
  const chain = allChains.find(
    c => c.metadata?.name === owner.status?.supplyChainRef?.name,
  );
  const diagnosis = diagnoseWorkload(owner, chain);
  const labels = owner.metadata?.labels ?? {};
  const git = owner.spec?.source?.git;
  const revision = owner.status?.resources
    ?.flatMap(r => r.outputs ?? [])
    .find(o => o.name === 'revision')?.preview;
  return {
    cluster,
    namespace: owner.metadata?.namespace ?? '',
    name: owner.metadata?.name ?? '',
    labels,
    workloadType: labels[LABELS.workloadType],
    partOf: labels[LABELS.partOf],
    supplyChain: owner.status?.supplyChainRef?.name,
    state: diagnosis.state,
    reason: diagnosis.reason,
    message: diagnosis.message,
    summary: diagnosis.summary,
    source: {
      git: git ? { url: git.url, branch: git.ref?.branch } : undefined,
      revision,
    },
    createdAt: owner.metadata?.creationTimestamp,
    lastChangedAt: CHANGED,
    stale,
    entityRefs,
  };
}

/** The entity of examples/catalog whose selector claims shop-frontend. */
const shopFrontendEntityRefs = ['component:default/shop-frontend'];

export const shopFrontend = summarize(
  'dev',
  shopFrontendWorkload,
  false,
  shopFrontendEntityRefs,
);
export const fraudDetector = summarize('dev', fraudDetectorWorkload);
export const reportWorker = summarize('dev', reportWorkerWorkload);
export const searchUi = summarize('dev', searchUiWorkload);
export const shopFrontendOnEdge = summarize(
  'edge',
  shopFrontendEdgeWorkload,
  true,
  shopFrontendEntityRefs,
);

export const readyCluster: ClusterInfo = {
  name: 'dev',
  state: 'ready',
  lastSyncedAt: CHANGED,
  apiRequests: 12,
  kinds: [],
};

export const unreachableCluster: ClusterInfo = {
  name: 'edge',
  state: 'stale',
  lastError: 'connect ECONNREFUSED 10.0.0.7:6443',
  lastSyncedAt: minutesAgo(42),
  apiRequests: 3,
  kinds: [],
};

export const notInstalledCluster: ClusterInfo = {
  name: 'legacy',
  state: 'notInstalled',
  lastError:
    'the server could not find the requested resource (workloads.carto.run)',
  apiRequests: 1,
  kinds: [],
};

export function workloadsResponse(
  items: WorkloadSummary[],
  clusters: ClusterInfo[] = [readyCluster],
): WorkloadsResponse {
  return { items, totalItems: items.length, clusters };
}

function detail(
  summary: WorkloadSummary,
  owner: Workload,
): WorkloadDetailResponse {
  const chain = allChains.find(c => c.metadata?.name === summary.supplyChain);
  const selection = selectSupplyChain(owner, allChains);
  return {
    workload: summary,
    spec: owner.spec,
    conditions: owner.status?.conditions ?? [],
    graph: chain ? buildSupplyChainGraph(chain, owner) : undefined,
    selection: {
      outcome: selection.outcome,
      message: selection.message,
      candidates: selection.candidates,
    },
    diagnosis: diagnoseWorkload(owner, chain),
    deliverables: [],
  };
}

const delivery: ClusterDelivery = {
  apiVersion: 'carto.run/v1alpha1',
  kind: 'ClusterDelivery',
  metadata: { name: 'delivery-basic' },
  spec: {
    selector: { 'app.tanzu.vmware.com/deliverable-type': 'web' },
    resources: [
      {
        name: 'config-provider',
        templateRef: { kind: 'ClusterSourceTemplate', name: 'delivery-source' },
      },
      {
        name: 'app-deploy',
        templateRef: { kind: 'ClusterDeploymentTemplate', name: 'app-deploy' },
        deployment: { resource: 'config-provider' },
      },
    ],
  },
};

const deliverable: Deliverable = {
  kind: 'Deliverable',
  metadata: { name: 'shop-frontend', namespace: 'apps', generation: 1 },
  status: {
    observedGeneration: 1,
    deliveryRef: { kind: 'ClusterDelivery', name: 'delivery-basic' },
    conditions: readyOwner.map(c =>
      c.type === 'SupplyChainReady' ? { ...c, type: 'DeliveryReady' } : c,
    ),
    resources: [
      {
        name: 'config-provider',
        outputs: [
          {
            name: 'revision',
            preview: 'main/HEAD',
            digest: `sha256:${'cd'.repeat(32)}`,
          },
        ],
        conditions: conditions('True'),
      },
      { name: 'app-deploy', conditions: conditions('True') },
    ],
  },
};

const shopFrontendDeliverable: DeliverableView = {
  cluster: 'prod',
  namespace: 'apps',
  name: 'shop-frontend',
  delivery: 'delivery-basic',
  graph: buildSupplyChainGraph(delivery, deliverable),
  diagnosis: diagnoseDeliverable(deliverable, delivery),
  match: 'labels',
  stale: false,
};

export const shopFrontendDetail: WorkloadDetailResponse = {
  ...detail(shopFrontend, shopFrontendWorkload),
  deliverable: shopFrontendDeliverable,
  deliverables: [shopFrontendDeliverable],
};

/** Deliverables on two run clusters, one of them unreachable (stale). */
export const shopFrontendTwoRunsDetail: WorkloadDetailResponse = {
  ...shopFrontendDetail,
  deliverables: [
    shopFrontendDeliverable,
    { ...shopFrontendDeliverable, cluster: 'prod-eu', stale: true },
  ],
};

/** The policy hid the Deliverables (on clusters the user may not see). */
export const shopFrontendHiddenDeliveryDetail: WorkloadDetailResponse = {
  ...detail(shopFrontend, shopFrontendWorkload),
  deliverablesHidden: true,
};
export const fraudDetectorDetail = detail(fraudDetector, fraudDetectorWorkload);
export const reportWorkerDetail = detail(reportWorker, reportWorkerWorkload);
export const searchUiDetail = detail(searchUi, searchUiWorkload);
export const shopFrontendOnEdgeDetail: WorkloadDetailResponse = {
  ...detail(shopFrontendOnEdge, shopFrontendEdgeWorkload),
  workload: shopFrontendOnEdge,
};

export const imageBuilderStage: StageDetailResponse = {
  stage: fraudDetectorDetail.graph!.nodes.find(
    n => n.name === 'image-builder',
  )!,
  yaml: 'apiVersion: kpack.io/v1alpha2\nkind: Image\nmetadata:\n  name: fraud-detector-image-builder\n  namespace: apps\n',
  printerColumns: [
    { name: 'LatestImage', value: '' },
    { name: 'Ready', value: 'False' },
  ],
  events: [
    {
      type: 'Warning',
      reason: 'ResourceHealthyStatusChanged',
      message:
        '[image-builder] found healthy status in [Image/fraud-detector-image-builder] changed to [False]',
      count: 3,
      lastTimestamp: CHANGED,
    },
  ],
  warnings: [],
};

export const sourceProviderStage: StageDetailResponse = {
  stage: shopFrontendDetail.graph!.nodes.find(
    n => n.name === 'source-provider',
  )!,
  yaml: 'apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: shop-frontend-source-provider\n',
  printerColumns: [
    { name: 'URL', value: 'https://github.com/sample-org/shop-frontend' },
  ],
  events: [],
  warnings: [
    'events: forbidden (the Backstage service account may not list events in namespace apps)',
  ],
};

export const configWriterStage: StageDetailResponse = {
  stage: shopFrontendDetail.graph!.nodes.find(n => n.name === 'config-writer')!,
  printerColumns: [],
  events: [],
  runs: {
    runKind: { apiVersion: 'tekton.dev/v1beta1', kind: 'TaskRun' },
    items: [
      {
        name: 'shop-frontend-config-writer-q9w4z',
        apiVersion: 'tekton.dev/v1beta1',
        kind: 'TaskRun',
        state: 'failed',
        reason: 'Failed',
        message: '2 of 40 tests failed: test_checkout',
        startedAt: minutesAgo(10),
        completedAt: minutesAgo(8),
        durationSeconds: 120,
        inputs: { revision: 'main@sha1:def456', result: 'False' },
        inputsSource: 'runnable',
        outputs: {},
        revision: 'main@sha1:def456',
        current: false,
      },
      {
        name: 'shop-frontend-config-writer-x7k2p',
        apiVersion: 'tekton.dev/v1beta1',
        kind: 'TaskRun',
        state: 'succeeded',
        reason: 'Succeeded',
        startedAt: minutesAgo(60),
        completedAt: minutesAgo(59),
        durationSeconds: 65,
        inputs: { revision: 'main@sha1:abc123' },
        inputsSource: 'runObject',
        outputs: { revision: 'main@sha1:abc123' },
        revision: 'main@sha1:abc123',
        current: true,
      },
    ],
    total: 2,
    diagnosis:
      'Run shop-frontend-config-writer-q9w4z on main@sha1:def456 failed: 2 of 40 tests failed: test_checkout',
    warnings: [],
  },
  warnings: [],
};

function selectorTerms(chain: ClusterSupplyChain): SelectorTerm[] {
  return [
    ...Object.entries(chain.spec.selector ?? {}).map(([key, value]) => ({
      kind: 'label' as const,
      key,
      operator: 'In',
      values: [value],
    })),
    ...(chain.spec.selectorMatchExpressions ?? []).map(e => ({
      kind: 'expression' as const,
      key: e.key,
      operator: e.operator,
      values: e.values,
    })),
  ];
}

function chainSummary(
  chain: ClusterSupplyChain,
  approved: boolean,
  counts: SupplyChainSummary['workloads'],
): SupplyChainSummary {
  const ready = chain.status?.conditions?.find(c => c.type === 'Ready');
  return {
    cluster: 'dev',
    kind: 'ClusterSupplyChain',
    name: chain.metadata?.name ?? '',
    description:
      chain.metadata?.annotations?.['cartographer.backstage.io/description'],
    ready: {
      status: ready?.status ?? 'Unknown',
      reason: ready?.reason,
      message: ready?.message,
    },
    approved,
    approval: approved
      ? 'label cartographer.backstage.io/approved=true'
      : 'missing label cartographer.backstage.io/approved=true',
    selector: selectorTerms(chain),
    requiredLabels: requiredLabelsForBlueprint(chain),
    params: blueprintParams(chain),
    graph: buildSupplyChainGraph(chain),
    workloads: counts,
    stale: false,
  };
}

export const sourceToUrlSummary = chainSummary(sourceToUrl, true, {
  ready: 1,
  failed: 1,
  pending: 0,
  unknown: 0,
});
export const experimentalSummary = chainSummary(experimentalChain, false, {
  ready: 0,
  failed: 0,
  pending: 0,
  unknown: 0,
});

export const sourceToUrlDetail: SupplyChainDetailResponse = {
  supplyChain: sourceToUrlSummary,
  workloads: [shopFrontend, fraudDetector],
};

/** delivery-basic on a run cluster: one Deliverable joined, one orphaned. */
export const deliveryBasicDetail: SupplyChainDetailResponse = {
  supplyChain: {
    ...sourceToUrlSummary,
    cluster: 'prod',
    kind: 'ClusterDelivery',
    name: 'delivery-basic',
  },
  workloads: [],
  deliverables: [
    {
      ...shopFrontendDeliverable,
      workload: { cluster: 'dev', namespace: 'apps', name: 'shop-frontend' },
    },
    { ...shopFrontendDeliverable, name: 'retired-app' },
  ],
  deliverablesHidden: true,
};

/**
 * A custom chain of `length` stages in a line, plus one stage fed by the
 * first and the last (a skip edge): nothing a well-known chain has.
 */
export function longCustomChain(length: number): ClusterSupplyChain {
  const resources = Array.from({ length }, (_, i) => ({
    name: `step-${i + 1}`,
    templateRef: { kind: 'ClusterTemplate', name: `custom-${i + 1}` },
    configs: i > 0 ? [{ resource: `step-${i}`, name: 'config' }] : undefined,
  }));
  return {
    kind: 'ClusterSupplyChain',
    metadata: { name: 'long-custom' },
    spec: {
      resources: [
        ...resources,
        {
          name: 'audit',
          templateRef: {
            kind: 'ClusterConfigTemplate',
            options: [
              { name: 'audit-basic', selector: { matchLabels: { a: 'b' } } },
              { passThrough: 'config', selector: { matchLabels: { a: 'c' } } },
            ],
          },
          configs: [
            { resource: 'step-1', name: 'first' },
            { resource: `step-${length}`, name: 'last' },
          ],
        },
      ],
    },
  };
}

export const nightlySmoke: RunnableSummary = {
  cluster: 'local',
  namespace: 'qa',
  name: 'nightly-smoke',
  labels: { 'app.kubernetes.io/part-of': 'inventory-api' },
  state: 'ready',
  reason: 'Ready',
  runTemplate: 'sample-smoke-run',
  lastRunAt: minutesAgo(3),
  createdAt: minutesAgo(120),
  stale: false,
};

export const nightlySmokeDetail: RunnableDetailResponse = {
  runnable: nightlySmoke,
  spec: {
    runTemplateRef: { name: 'sample-smoke-run' },
    selector: {
      resource: { apiVersion: 'v1', kind: 'ConfigMap' },
      matchingLabels: {
        'smoke-target': 'true',
        'app.kubernetes.io/part-of': 'inventory-api',
      },
    },
    inputs: { command: 'curl --fail' },
  },
  conditions: [{ type: 'Ready', status: 'True', reason: 'Ready' }],
  outputs: { endpoint: 'http://inventory-api.qa.svc/healthz' },
  selection: {
    templates: [
      {
        name: 'sample-smoke-run',
        chosen: true,
        why: 'named by spec.runTemplateRef',
      },
      {
        name: 'sample-test-run',
        chosen: false,
        why: 'not named by spec.runTemplateRef',
      },
    ],
    template: {
      outcome: 'found',
      message:
        'ClusterRunTemplate sample-smoke-run is named by spec.runTemplateRef.',
    },
    selector: {
      resource: { apiVersion: 'v1', kind: 'ConfigMap' },
      matchingLabels: {
        'smoke-target': 'true',
        'app.kubernetes.io/part-of': 'inventory-api',
      },
      outcome: 'selected',
      selected: 'smoke-target-inventory',
      message:
        'ConfigMap smoke-target-inventory is the only one carrying every matching label.',
      candidates: [
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
      ],
    },
  },
  runs: { ...configWriterStage.runs!, nextOffset: 2, total: 3 },
};
