/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { createHash } from 'node:crypto';
import type { KubeConfig } from '@kubernetes/client-node';
import { loadClientNode } from './clientNode';

/** The sample whose Supply Chain tab the README opens. */
export const DEMO_COMMIT_WORKLOAD = { namespace: 'dev', name: 'shop-frontend' };

const CARTO = { group: 'carto.run', version: 'v1alpha1', plural: 'workloads' };
const BROKEN_BUILD = [
  { name: 'build_status', value: 'failed' },
  { name: 'build_message', value: 'buildpack detection failed: no go.mod' },
];

export interface DemoCommitsOptions {
  kubeConfig: KubeConfig;
  /** The backend's base URL: the changes start once it answers, so it records them as they happen. */
  backendUrl: string;
  /** Time between two changes; the real Cartographer moves each through the chain meanwhile. */
  stepMs?: number;
  log: (line: string) => void;
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

async function backendReady(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/.backstage/health/v1/readiness`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(2000);
  }
  throw new Error(`the backend at ${url} did not become ready`);
}

/**
 * Gives the demo a history to show: real changes of a sample Workload that
 * the real Cartographer propagates (three commits, then a failed build and
 * its fix, then back to the branch head), not rows written into the
 * database. The commits are new on every start, so a restarted demo adds to
 * its history.
 */
export async function playDemoCommits(
  options: DemoCommitsOptions,
): Promise<string[]> {
  const { kubeConfig, backendUrl, log, stepMs = 15_000 } = options;
  const k8s = await loadClientNode();
  const api = kubeConfig.makeApiClient(k8s.CustomObjectsApi);
  const patch = (body: object[]) =>
    api.patchNamespacedCustomObject({
      ...CARTO,
      ...DEMO_COMMIT_WORKLOAD,
      body,
    });
  const commit = async (sha: string) => {
    await patch([
      { op: 'add', path: '/spec/source/git/ref/commit', value: sha },
    ]);
    log(`commit ${sha.slice(0, 7)} pushed to ${DEMO_COMMIT_WORKLOAD.name}`);
    await sleep(stepMs);
  };
  await backendReady(backendUrl, 15 * 60_000);
  const shas = [0, 1, 2, 3].map(i =>
    createHash('sha1').update(`demo ${Date.now()} ${i}`).digest('hex'),
  );
  await commit(shas[0]);
  await commit(shas[1]);
  await patch([{ op: 'add', path: '/spec/params', value: BROKEN_BUILD }]);
  log(`${DEMO_COMMIT_WORKLOAD.name}: the build fails`);
  await sleep(stepMs);
  await patch([{ op: 'add', path: '/spec/params', value: [] }]);
  log(`${DEMO_COMMIT_WORKLOAD.name}: the build is fixed`);
  await sleep(stepMs);
  await commit(shas[2]);
  await commit(shas[3]);
  await restoreDemoWorkload(kubeConfig);
  log(
    `${DEMO_COMMIT_WORKLOAD.name}: back on its branch head, as examples/cluster declares it`,
  );
  return shas;
}

/**
 * Puts the sample back as examples/cluster declares it (no commit, no
 * params): the tests on the same local cluster expect it so.
 */
export async function restoreDemoWorkload(kubeConfig: KubeConfig) {
  const k8s = await loadClientNode();
  const api = kubeConfig.makeApiClient(k8s.CustomObjectsApi);
  const current = (await api.getNamespacedCustomObject({
    ...CARTO,
    ...DEMO_COMMIT_WORKLOAD,
  })) as { spec?: { params?: unknown[]; source?: { git?: { ref?: object } } } };
  const body: object[] = [];
  if (
    current.spec?.source?.git?.ref &&
    'commit' in current.spec.source.git.ref
  ) {
    body.push({ op: 'remove', path: '/spec/source/git/ref/commit' });
  }
  if (current.spec?.params?.length) {
    body.push({ op: 'remove', path: '/spec/params' });
  }
  if (body.length) {
    await api.patchNamespacedCustomObject({
      ...CARTO,
      ...DEMO_COMMIT_WORKLOAD,
      body,
    });
  }
}
