/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/**
 * The backend's read path alone, in one process, for profiling: N cached
 * workloads of the bench's shape fed straight into the real caches (no
 * cluster, no watch), the real router over loopback HTTP, and the requests
 * the benchmark times. Run under `node --cpu-prof` to see where a request's
 * CPU goes, and read the heap per cached workload.
 *
 *   node --import tsx --expose-gc [--cpu-prof] dev/profileReadPath.ts [N] [requests]
 */
import { KubeConfig } from '@kubernetes/client-node';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { ConfigReader } from '@backstage/config';
import express from 'express';
import { AddressInfo } from 'node:net';
import { ClusterFleet } from '../src/cache/ClusterFleet';
import { ApprovalPolicy } from '../src/service/ApprovalPolicy';
import { CartographerService } from '../src/service/CartographerService';
import { createRouter } from '../src/service/createRouter';
import { WorkloadAuthorizer } from '../src/permissions/WorkloadAuthorizer';
import { cartographerWorkloadPermissionRules } from '../src/permissions/rules';
import { namespaceOnly } from '../src/__testUtils__/permissions';
/** Nearest-rank percentile of sorted values, as the benchmark reports it. */
const percentile = (sorted: number[], p: number) =>
  sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];

const N = Number(process.argv[2] ?? 10000);
const REQUESTS = Number(process.argv[3] ?? 300);
const NAMESPACES = 10;

function kubeConfig() {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'local', server: 'https://127.0.0.1:1' }],
    users: [{ name: 'u', token: 't' }],
    contexts: [{ name: 'c', cluster: 'local', user: 'u' }],
    currentContext: 'c',
  });
  return kc;
}

const chain = (name: string, tests: boolean) => ({
  apiVersion: 'carto.run/v1alpha1',
  kind: 'ClusterSupplyChain',
  metadata: { name, labels: { approved: 'true' }, resourceVersion: '1' },
  spec: {
    selector: {
      'apps.tanzu.vmware.com/workload-type': 'web',
      ...(tests ? { 'apps.tanzu.vmware.com/has-tests': 'true' } : {}),
    },
    resources: ['source-provider', 'image-builder', 'deployer'].map(r => ({
      name: r,
      templateRef: { kind: 'ClusterTemplate', name: r },
    })),
  },
  status: { conditions: [{ type: 'Ready', status: 'True', reason: 'Ready' }] },
});

/** A workload as the bench writes it: Cartographer's status shape, 90/5/5. */
function workload(i: number) {
  const name = `app-${i}`;
  const chainName = i % 2 ? 'source-test-to-url' : 'source-to-url';
  const t = '2026-12-01T10:00:00Z';
  // 5 % failed, 5 % still reconciling, the rest Ready.
  const state =
    ({ 3: 'False', 7: 'Unknown' } as Record<number, string>)[i % 20] ?? 'True';
  return {
    apiVersion: 'carto.run/v1alpha1',
    kind: 'Workload',
    metadata: {
      name,
      namespace: `bench-${i % NAMESPACES}`,
      uid: `uid-${i}`,
      resourceVersion: String(1000 + i),
      generation: 1,
      creationTimestamp: t,
      labels: {
        'apps.tanzu.vmware.com/workload-type': 'web',
        'app.kubernetes.io/part-of': name,
        ...(i % 2 ? { 'apps.tanzu.vmware.com/has-tests': 'true' } : {}),
      },
      managedFields: [
        {
          manager: 'cartographer',
          operation: 'Update',
          fieldsV1: { 'f:status': { 'f:conditions': {}, 'f:resources': {} } },
        },
      ],
    },
    spec: {
      source: {
        git: {
          url: `https://github.com/bench/${name}`,
          ref: { branch: 'main' },
        },
      },
    },
    status: {
      observedGeneration: 1,
      supplyChainRef: { kind: 'ClusterSupplyChain', name: chainName },
      conditions: [
        {
          type: 'SupplyChainReady',
          status: 'True',
          reason: 'Ready',
          lastTransitionTime: t,
        },
        {
          type: 'ResourcesSubmitted',
          status: state,
          reason:
            state === 'True'
              ? 'ResourceSubmissionComplete'
              : 'TemplateRejectedByAPIServer',
          lastTransitionTime: t,
        },
        {
          type: 'ResourcesHealthy',
          status: state,
          reason: 'HealthyConditionRule',
          lastTransitionTime: t,
        },
        {
          type: 'Ready',
          status: state,
          reason: state === 'True' ? 'Ready' : 'ResourcesSubmitted',
          message: state === 'False' ? 'unable to apply object' : undefined,
          lastTransitionTime: t,
        },
      ],
      resources: ['source-provider', 'image-builder', 'deployer'].map(r => ({
        name: r,
        templateRef: {
          kind: 'ClusterTemplate',
          name: r,
          apiVersion: 'carto.run/v1alpha1',
        },
        stampedRef: {
          kind: 'ConfigMap',
          name: `${name}-${r}`,
          namespace: `bench-${i % NAMESPACES}`,
          apiVersion: 'v1',
          resource: 'configmaps',
        },
        outputs: [
          {
            name: r === 'source-provider' ? 'revision' : 'config',
            digest: 'sha256:0123456789abcdef',
            lastTransitionTime: t,
            preview: 'main@sha1:0123456789abcdef0123\n',
          },
        ],
        conditions: [
          {
            type: 'ResourceSubmitted',
            status: 'True',
            reason: 'ResourceSubmissionComplete',
            lastTransitionTime: t,
          },
          {
            type: 'Healthy',
            status: 'True',
            reason: 'AlwaysHealthy',
            lastTransitionTime: t,
          },
          {
            type: 'Ready',
            status: 'True',
            reason: 'Ready',
            lastTransitionTime: t,
          },
        ],
      })),
    },
  };
}

function authorizer(decision: PolicyDecision) {
  const permissions = {
    authorize: async () => [{ result: AuthorizeResult.ALLOW }],
    authorizeConditional: async () => [decision],
  } as any;
  const registry = {
    getPermissionRuleset: () => ({
      getRuleByName: (name: string) =>
        Object.values(cartographerWorkloadPermissionRules).find(
          r => r.name === name,
        )!,
    }),
  } as any;
  return new WorkloadAuthorizer(permissions, registry);
}

const oneNamespace = namespaceOnly(['bench-3']);

function heapMB() {
  (global as any).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

async function main() {
  const logger = { error: () => {}, warn: () => {}, info: () => {} } as any;
  const fleet = new ClusterFleet(
    [{ name: 'local', kubeConfig } as any],
    logger,
  );
  const cluster = fleet.cluster('local');
  cluster.remember('ClusterSupplyChain', chain('source-to-url', false) as any);
  cluster.remember(
    'ClusterSupplyChain',
    chain('source-test-to-url', true) as any,
  );
  const before = heapMB();
  // Through JSON, as the wire delivers them: every value its own string.
  const objects = Array.from({ length: N }, (_, i) =>
    JSON.parse(JSON.stringify(workload(i))),
  );
  const loadStart = process.cpuUsage();
  for (const object of objects) cluster.remember('Workload', object as any);
  const load = process.cpuUsage(loadStart);
  const cached = heapMB();
  const entities = {
    version: 1,
    entitiesOf: (w: { labels: Record<string, string> }) => [
      `component:default/${w.labels['app.kubernetes.io/part-of']}`,
    ],
  };
  const approval = ApprovalPolicy.fromConfig(
    new ConfigReader({ cartographer: { approval: { label: 'approved' } } }),
  );
  const service = new CartographerService(fleet, approval, entities);
  const catalog = {
    getEntityByRef: async (ref: string) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: ref.split('/')[1],
        namespace: 'default',
        annotations: {
          'backstage.io/kubernetes-label-selector': `app.kubernetes.io/part-of=${ref.split('/')[1]}`,
        },
      },
      spec: {},
    }),
  } as any;
  const urls: Record<string, (k: number) => string> = {
    tab: k =>
      `/workloads?entityRef=${encodeURIComponent(`component:default/app-${k % N}`)}`,
    index: () => '/workloads?limit=50',
    failed: () => '/workloads?limit=50&state=failed',
    q: k => `/workloads?limit=50&q=app-${k % 97}`,
  };
  const results: Record<string, unknown> = {
    N,
    // Caching and indexing the objects, as an initial list does after parsing.
    cacheCpuMs: Math.round((load.user + load.system) / 1000),
    heapPerWorkloadBytes: Math.round(((cached - before) * 1e6) / N),
  };
  for (const [mode, decision] of [
    ['allow', { result: AuthorizeResult.ALLOW }],
    ['oneNamespace', oneNamespace],
  ] as const) {
    const router = await createRouter({
      httpAuth: {
        credentials: async () => ({ principal: { type: 'user' } }),
      } as any,
      catalog,
      service,
      writer: {} as any,
      stages: {} as any,
      runnables: {} as any,
      authorizer: authorizer(decision as PolicyDecision),
      auditor: {} as any,
      approver: {} as any,
      history: {} as any,
    });
    const server = express().use(router).listen(0, '127.0.0.1');
    await new Promise(r => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const [name, url] of Object.entries(urls)) {
      const times: number[] = [];
      const cpu = process.cpuUsage();
      for (let k = 0; k < REQUESTS; k++) {
        const start = performance.now();
        const response = await fetch(base + url(k * 7919));
        const text = await response.text();
        times.push(performance.now() - start);
        if (!response.ok) throw new Error(text);
        const body = JSON.parse(text);
        if (name === 'tab' && mode === 'allow' && body.items.length !== 1) {
          throw new Error(`tab shows ${body.items.length} workloads`);
        }
      }
      const used = process.cpuUsage(cpu);
      times.sort((a, b) => a - b);
      // CPU is the fairer figure on a shared machine: client and server, per request.
      results[`${mode} ${name}: p50 / p99 / CPU per request, ms`] = [
        percentile(times, 50),
        percentile(times, 99),
        (used.user + used.system) / 1000 / REQUESTS,
      ]
        .map(v => v.toFixed(2))
        .join(' / ');
    }
    server.close();
  }
  // With every row summarized by the reads: what a cached workload costs.
  results.heapPerWorkloadAfterReadsBytes = Math.round(
    ((heapMB() - before) * 1e6) / N,
  );
  // eslint-disable-next-line no-console
  console.log(JSON.stringify(results, null, 1));
}

void main().then(
  () => process.exit(0),
  e => {
    // eslint-disable-next-line no-console
    console.error(e);
    process.exit(1);
  },
);
