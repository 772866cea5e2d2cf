/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import type { KubeConfig, KubernetesObject } from '@kubernetes/client-node';
import {
  applyManifests,
  loadClientNode,
  STAMPING_SERVICE_ACCOUNT,
  stampingNamespaceManifests,
} from '@internal/local-cluster';
import { runPool } from './pool';

const GROUP = 'carto.run';
const VERSION = 'v1alpha1';
const PLURAL = 'workloads';
/** Marks what the benchmark loaded, so it can list exactly that. */
export const BENCH_LABEL = 'cartographer.backstage.io/benchmark';

export interface LoadOptions {
  namespaces: number;
  concurrency: number;
}

export function workloadName(i: number): string {
  return `app-${i}`;
}

export function workloadNamespace(i: number, namespaces: number): string {
  return `bench-${i % namespaces}`;
}

/** Odd workloads declare tests: source-test-to-url; even: source-to-url. */
export function expectedChain(i: number): string {
  return i % 2 === 1 ? 'source-test-to-url' : 'source-to-url';
}

function workload(i: number, namespaces: number): KubernetesObject {
  const name = workloadName(i);
  return {
    apiVersion: `${GROUP}/${VERSION}`,
    kind: 'Workload',
    metadata: {
      name,
      namespace: workloadNamespace(i, namespaces),
      labels: {
        'apps.tanzu.vmware.com/workload-type': 'web',
        ...(i % 2 === 1 ? { 'apps.tanzu.vmware.com/has-tests': 'true' } : {}),
        'app.kubernetes.io/part-of': name,
        [BENCH_LABEL]: 'true',
      },
    },
    spec: {
      serviceAccountName: STAMPING_SERVICE_ACCOUNT,
      source: {
        git: {
          url: `https://github.com/sample-org/${name}`,
          ref: { branch: 'main' },
        },
      },
    },
  } as KubernetesObject;
}

function isConflict(error: unknown): boolean {
  return (error as { code?: number }).code === 409;
}

/**
 * Namespaces with the ServiceAccount Cartographer stamps as, allowed to
 * manage the ConfigMaps the sample templates stamp.
 */
export async function createNamespaces(
  admin: KubeConfig,
  count: number,
): Promise<void> {
  for (let n = 0; n < count; n++) {
    // Server-side apply: namespaces left by an earlier run are kept.
    await applyManifests(
      admin,
      stampingNamespaceManifests(`bench-${n}`, { [BENCH_LABEL]: 'true' }),
    );
  }
}

/** Creates workloads `from` … `to - 1` (already existing ones are kept). */
export async function createWorkloads(
  admin: KubeConfig,
  from: number,
  to: number,
  options: LoadOptions,
): Promise<void> {
  const k8s = await loadClientNode();
  const api = admin.makeApiClient(k8s.CustomObjectsApi);
  const indices = Array.from({ length: to - from }, (_, k) => from + k);
  await runPool(indices, options.concurrency, async i => {
    const body = workload(i, options.namespaces);
    await api
      .createNamespacedCustomObject({
        group: GROUP,
        version: VERSION,
        namespace: body.metadata!.namespace!,
        plural: PLURAL,
        body,
      })
      .catch(error => {
        if (!isConflict(error)) throw error;
      });
  });
}

interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}
interface WorkloadObject extends KubernetesObject {
  status?: {
    observedGeneration?: number;
    conditions?: Condition[];
    [key: string]: unknown;
  };
}

export function isSettled(w: WorkloadObject): boolean {
  const ready = w.status?.conditions?.find(c => c.type === 'Ready');
  return (
    !!ready &&
    ready.status !== 'Unknown' &&
    w.status?.observedGeneration === w.metadata?.generation
  );
}

/** The benchmark's workloads as the API server has them now. */
export async function listBenchWorkloads(
  admin: KubeConfig,
): Promise<WorkloadObject[]> {
  const k8s = await loadClientNode();
  const api = admin.makeApiClient(k8s.CustomObjectsApi);
  const list = (await api.listClusterCustomObject({
    group: GROUP,
    version: VERSION,
    plural: PLURAL,
    labelSelector: `${BENCH_LABEL}=true`,
  })) as { items: WorkloadObject[] };
  return list.items;
}

/**
 * Waits until Cartographer has settled workloads 0 … count-1, or the
 * timeout passes; returns how many settled.
 */
export async function waitForReconciled(
  admin: KubeConfig,
  count: number,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<number> {
  const wanted = new Set(
    Array.from({ length: count }, (_, i) => workloadName(i)),
  );
  const deadline = Date.now() + timeoutMs;
  let settled = 0;
  let lastLog = 0;
  for (;;) {
    const items = await listBenchWorkloads(admin);
    settled = items.filter(
      w => wanted.has(w.metadata!.name!) && isSettled(w),
    ).length;
    if (settled >= count || Date.now() > deadline) return settled;
    if (Date.now() - lastLog > 10_000) {
      log(`  Cartographer has settled ${settled}/${count} workloads`);
      lastLog = Date.now();
    }
    await new Promise(r => setTimeout(r, 2000));
  }
}

/**
 * Status templates: what Cartographer really wrote for one workload of each
 * chain, so written statuses have the same shape and size.
 */
export async function readStatusTemplates(
  admin: KubeConfig,
): Promise<Map<string, WorkloadObject>> {
  const templates = new Map<string, WorkloadObject>();
  for (const w of await listBenchWorkloads(admin)) {
    const chain = (w.status as { supplyChainRef?: { name?: string } })
      ?.supplyChainRef?.name;
    const ready = w.status?.conditions?.find(c => c.type === 'Ready');
    if (chain && ready?.status === 'True' && !templates.has(chain)) {
      templates.set(chain, w);
    }
  }
  return templates;
}

/** A status for workload i, varied: mostly Ready, some failed, some pending. */
function statusFor(
  i: number,
  namespaces: number,
  template: WorkloadObject,
): WorkloadObject['status'] {
  const from = {
    name: template.metadata!.name!,
    namespace: template.metadata!.namespace!,
  };
  const json = JSON.stringify(template.status)
    .replaceAll(`"${from.name}`, `"${workloadName(i)}`)
    .replaceAll(from.namespace, workloadNamespace(i, namespaces));
  const status = JSON.parse(json) as NonNullable<WorkloadObject['status']>;
  status.observedGeneration = 1;
  const ready = status.conditions?.find(c => c.type === 'Ready');
  if (ready && i % 10 === 9) {
    Object.assign(ready, {
      status: 'False',
      reason: 'HealthyConditionRule',
      message: 'buildpack detection failed: no go.mod found',
    });
  } else if (ready && i % 20 === 13) {
    Object.assign(ready, {
      status: 'Unknown',
      reason: 'MissingValueAtPath',
      message: 'waiting to read value [.status.latestImage] from resource',
    });
  }
  return status;
}

/** Merge-patches the status subresource, as a controller would. */
export async function patchStatus(
  admin: KubeConfig,
  namespace: string,
  name: string,
  status: unknown,
): Promise<void> {
  const k8s = await loadClientNode();
  const api = admin.makeApiClient(k8s.CustomObjectsApi);
  await api.patchNamespacedCustomObjectStatus(
    {
      group: GROUP,
      version: VERSION,
      namespace,
      plural: PLURAL,
      name,
      body: { status },
    },
    k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
  );
}

/** Writes statuses for workloads in `indices` through the status subresource. */
export async function writeStatuses(
  admin: KubeConfig,
  indices: number[],
  templates: Map<string, WorkloadObject>,
  options: LoadOptions,
): Promise<void> {
  await runPool(indices, options.concurrency, async i => {
    const template = templates.get(expectedChain(i));
    if (!template) {
      throw new Error(`no reconciled workload of ${expectedChain(i)} to copy`);
    }
    await patchStatus(
      admin,
      workloadNamespace(i, options.namespaces),
      workloadName(i),
      statusFor(i, options.namespaces, template),
    );
  });
}

/** One workload as the API server has it now. */
export async function readWorkload(
  admin: KubeConfig,
  namespace: string,
  name: string,
): Promise<WorkloadObject> {
  const k8s = await loadClientNode();
  const api = admin.makeApiClient(k8s.CustomObjectsApi);
  return (await api.getNamespacedCustomObject({
    group: GROUP,
    version: VERSION,
    namespace,
    plural: PLURAL,
    name,
  })) as WorkloadObject;
}
