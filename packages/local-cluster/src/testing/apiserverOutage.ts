/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  readClusterRecord,
  recordFile,
  writeClusterRecord,
} from '../clusterRecord';
import { launchComponent } from '../components/launch';
import { isServing } from '../ensureLocalCluster';
import { LocalCluster } from '../localClusterHandle';
import { stopProcessGroup } from '../processes';

/**
 * Stops the cluster's real kube-apiserver (etcd, the controllers and the
 * data stay) and returns a function that starts it again with the very same
 * flags and port, waits until it serves, and updates the cluster's PID file.
 * For outage tests on a cluster no other test uses at the same time.
 */
export async function stopApiserver(
  cluster: LocalCluster,
): Promise<() => Promise<void>> {
  const dataDir = path.dirname(cluster.kubeconfigPath);
  const record = await readClusterRecord(recordFile(dataDir));
  const apiserver = record?.components.find(c => c.name === 'kube-apiserver');
  if (!record || !apiserver) {
    throw new Error(`no kube-apiserver recorded in ${recordFile(dataDir)}`);
  }
  // The flags it runs with, as the kernel has them (NUL-separated).
  const cmdline = await fs.readFile(`/proc/${apiserver.pid}/cmdline`, 'utf8');
  const args = cmdline.split('\0').filter(Boolean).slice(1);
  await stopProcessGroup(apiserver.pid);
  return async () => {
    const restarted = await launchComponent({
      name: 'kube-apiserver',
      executable: apiserver.executable,
      args,
      port: apiserver.port,
      logFile: apiserver.logFile,
      timeoutMs: 120_000,
      isReady: () => isServing(cluster.kubeconfigPath),
    });
    record.components = record.components.map(c =>
      c.name === 'kube-apiserver' ? restarted : c,
    );
    await writeClusterRecord(record);
  };
}
