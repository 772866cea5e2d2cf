/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  ensureLocalCluster,
  eventually,
  loadClientNode,
} from '@internal/local-cluster';
// The backend's own cache and recorder, as its plugin wires them: internal
// classes, not a public API, so imported from their files.
// eslint-disable-next-line @backstage/no-forbidden-package-imports
import { ClusterFleet } from '@internal/plugin-cartographer-backend/src/cache/ClusterFleet';
import { benchLogger } from './services';

const CARTO = { group: 'carto.run', version: 'v1alpha1', plural: 'workloads' };
const NAMESPACE = 'dev';

/** A watch event of the Workload, as the backend's cache delivered it. */
export interface CapturedChange {
  type: 'added' | 'modified';
  object: any;
}

/** What one commit made Cartographer write, change by change. */
export type CapturedCommit = CapturedChange[];

const sha = (n: number) => `${n}`.repeat(40);

/** Whether Cartographer has taken `revision` through to the last stage. */
function published(workload: any, revision: string): boolean {
  const stage = (name: string) =>
    workload?.status?.resources?.find((r: any) => r.name === name);
  const source = stage('source-provider')?.outputs?.find(
    (o: any) => o.name === 'revision',
  );
  const config = stage('app-config')?.outputs?.[0];
  return (
    source?.preview?.trim() === revision &&
    config?.lastTransitionTime >= source.lastTransitionTime
  );
}

/**
 * Creates a Workload of its own on the local cluster (`yarn cluster:up`)
 * and makes `commits` more real commits flow through source-to-url,
 * watched through the backend's own cache as the recorder watches it.
 * Returns every change the cache delivered: the creation's first, then one
 * entry per commit. The Workload is deleted at the end.
 */
export async function captureCommits(
  commits: number,
  log: (line: string) => void,
): Promise<CapturedCommit[]> {
  const cluster = await ensureLocalCluster();
  const admin = cluster
    .kubeConfig('admin')
    .makeApiClient((await loadClientNode()).CustomObjectsApi);
  const name = `bench-history-${Date.now().toString(36)}`;
  const fleet = new ClusterFleet(
    [
      {
        name: 'local',
        source: 'kubeconfig',
        kubeConfig: () => cluster.kubeConfig('backstage'),
      },
    ],
    benchLogger(log),
  );
  const changes: CapturedChange[] = [];
  const detach = fleet.onChange((_cluster, kind, change) => {
    const meta = change.object.metadata;
    if (
      kind === 'Workload' &&
      change.type !== 'deleted' &&
      meta?.namespace === NAMESPACE &&
      meta?.name === name
    ) {
      changes.push({
        type: change.type,
        object: structuredClone(change.object),
      });
    }
  });
  fleet.start();
  const current = () =>
    admin.getNamespacedCustomObject({ ...CARTO, namespace: NAMESPACE, name });
  try {
    await admin.createNamespacedCustomObject({
      ...CARTO,
      namespace: NAMESPACE,
      body: {
        apiVersion: 'carto.run/v1alpha1',
        kind: 'Workload',
        metadata: {
          name,
          namespace: NAMESPACE,
          labels: { 'apps.tanzu.vmware.com/workload-type': 'web' },
        },
        spec: {
          serviceAccountName: 'carto-workload',
          source: {
            git: {
              url: `https://github.com/sample-org/${name}`,
              ref: { branch: 'main', commit: sha(1) },
            },
          },
        },
      },
    });
    const perCommit: CapturedCommit[] = [];
    for (let n = 1; n <= commits + 1; n++) {
      const start = changes.length;
      if (n > 1) {
        // Cartographer's times have whole seconds: one commit per second.
        await new Promise(resolve => setTimeout(resolve, 1100));
        await admin.patchNamespacedCustomObject({
          ...CARTO,
          namespace: NAMESPACE,
          name,
          body: [
            { op: 'add', path: '/spec/source/git/ref/commit', value: sha(n) },
          ],
        });
      }
      const revision = `main@sha1:${sha(n)}`;
      await eventually(
        async () => published(await current(), revision),
        120_000,
      );
      // The cache delivers the last write a moment after the API shows it.
      await eventually(
        async () =>
          changes.length > start &&
          published(changes[changes.length - 1].object, revision),
        30_000,
      );
      // Ready and the stages settle a moment after the config is published.
      await new Promise(resolve => setTimeout(resolve, 2000));
      perCommit.push(changes.slice(start));
      log(
        `${n === 1 ? 'creation' : `commit ${n - 1}`}: ${changes.length - start} status changes captured`,
      );
    }
    return perCommit;
  } finally {
    detach();
    fleet.stop();
    await admin
      .deleteNamespacedCustomObject({ ...CARTO, namespace: NAMESPACE, name })
      .catch(() => undefined);
  }
}
