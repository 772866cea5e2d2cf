/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readClusterRecord, recordFile } from '../clusterRecord';
import {
  apiserverCaFile,
  apiserverUrl,
  kubeApiserverArgs,
} from '../components/kubeApiserver';
import { launchComponent } from '../components/launch';
import { ensureCredentials } from '../credentials';
import { isServing } from '../ensureLocalCluster';
import { KUBECONFIG_USERS, writeKubeconfig } from '../kubeconfig';
import { connectToCluster, LocalCluster } from '../localClusterHandle';
import { applyManifests, readManifestDir } from '../manifests';
import { localClusterPaths } from '../paths';
import { allocatePorts } from '../ports';
import { stopProcessGroup } from '../processes';

/**
 * A real kube-apiserver without the Cartographer CRDs (and no controllers):
 * a cluster where Cartographer is not installed. It borrows the etcd of a
 * running local cluster under an etcd prefix of its own, so it costs one
 * API server start; its `backstage` user has the usual RBAC. stop() kills it
 * and removes its directory (the few keys under its prefix stay in etcd and
 * are reused next time).
 */
export async function startApiserverWithoutCartographer(
  host: LocalCluster,
): Promise<LocalCluster> {
  const record = await readClusterRecord(
    recordFile(path.dirname(host.kubeconfigPath)),
  );
  const apiserver = record?.components.find(c => c.name === 'kube-apiserver');
  if (!record || !apiserver) {
    throw new Error(`no running local cluster behind ${host.kubeconfigPath}`);
  }
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'no-carto-'));
  await fs.mkdir(path.join(dataDir, 'logs'));
  const credentials = await ensureCredentials(dataDir);
  const { port } = await allocatePorts(['port'] as const);
  const server = apiserverUrl(port);
  const kubeconfigPath = path.join(dataDir, 'kubeconfig');
  await writeKubeconfig(kubeconfigPath, {
    server,
    caFile: apiserverCaFile(dataDir),
    users: KUBECONFIG_USERS.map(name => ({
      name,
      token: credentials.tokens[name],
    })),
  });
  const component = await launchComponent({
    name: 'kube-apiserver',
    executable: apiserver.executable,
    args: [
      ...kubeApiserverArgs({
        dataDir,
        securePort: port,
        etcdClientPort: record.ports.etcd,
        serviceAccountKeyFile: credentials.serviceAccountKeyFile,
        tokenAuthFile: credentials.tokenAuthFile,
      }),
      '--etcd-prefix=/no-cartographer',
    ],
    port,
    logFile: path.join(dataDir, 'logs', 'kube-apiserver.log'),
    timeoutMs: 120_000,
    isReady: () => isServing(kubeconfigPath),
  });
  const cluster = await connectToCluster(kubeconfigPath, {
    dataDir,
    owned: true,
    components: [component],
  });
  // The backstage user's cluster-wide rights; the namespaced sample users
  // have no namespaces here.
  const access = await readManifestDir(localClusterPaths().accessManifestsDir);
  await applyManifests(
    cluster.kubeConfig('admin'),
    access.filter(m => m.kind?.startsWith('Cluster')),
  );
  return {
    ...cluster,
    stop: async () => {
      await stopProcessGroup(component.pid);
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
