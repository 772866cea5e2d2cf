/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node';
import {
  ComponentRecord,
  readClusterRecord,
  recordFile,
  writeClusterRecord,
} from '../clusterRecord';
import { apiserverUrl } from '../components/kubeApiserver';
import { launchComponent } from '../components/launch';
import { isServing } from '../ensureLocalCluster';
import { probe } from '../httpProbe';
import { LocalCluster } from '../localClusterHandle';
import { allocatePorts } from '../ports';
import { stopProcessGroup } from '../processes';

/** A cluster whose kube-apiserver `stopApiserver` stopped. */
export interface ApiserverOutage {
  /**
   * Makes a change to the cluster while its API server is down, through a
   * second kube-apiserver on the same etcd and another port (as a client of
   * an HA control plane whose endpoint died would see it), stopped again
   * before this resolves. Nothing that talks to the cluster's own address
   * sees the change until `restart`.
   */
  changeMeanwhile<T>(change: (admin: KubeConfig) => Promise<T>): Promise<T>;
  /** Starts it again with the very same flags and port and waits until it serves. */
  restart(): Promise<void>;
}

const PORT_FLAG = '--secure-port=';

/**
 * Stops the cluster's real kube-apiserver (etcd, the controllers and the
 * data stay). For outage tests on a cluster no other test uses at the same
 * time. The restarted process replaces the old one in the cluster's PID
 * file, and in its watchdog's list for an ephemeral cluster, so stop() and
 * `cluster:down` still find it.
 */
export async function stopApiserver(
  cluster: LocalCluster,
): Promise<ApiserverOutage> {
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

  const launch = (
    port: number,
    logFile: string,
    isReady: () => Promise<boolean>,
  ) =>
    launchComponent({
      name: 'kube-apiserver',
      executable: apiserver.executable,
      args: args.map(a =>
        a.startsWith(PORT_FLAG) ? `${PORT_FLAG}${port}` : a,
      ),
      port,
      logFile,
      timeoutMs: 120_000,
      isReady,
      // An ephemeral cluster's watchdog kills what is on its list.
      onSpawned: async (spawned: ComponentRecord) => {
        const pids = path.join(dataDir, 'pids');
        if (await fs.stat(pids).catch(() => undefined)) {
          await fs.appendFile(pids, `${spawned.pid}\n`);
        }
      },
    });

  return {
    async changeMeanwhile(change) {
      const { port } = await allocatePorts(['port'] as const);
      const admin = cluster.kubeConfig('admin');
      const server = apiserverUrl(port);
      (admin.getCurrentCluster() as { server: string }).server = server;
      const ca = await fs.readFile(cluster.caFile);
      const standIn = await launch(
        port,
        path.join(
          path.dirname(apiserver.logFile),
          'kube-apiserver-stand-in.log',
        ),
        async () =>
          (
            await probe(`${server}/readyz`, {
              token: cluster.tokens.admin,
              ca,
            }).catch(() => ({ status: 0 }))
          ).status === 200,
      );
      try {
        return await change(admin);
      } finally {
        await stopProcessGroup(standIn.pid);
      }
    },
    async restart() {
      const restarted = await launch(apiserver.port!, apiserver.logFile, () =>
        isServing(cluster.kubeconfigPath),
      );
      record.components = record.components.map(c =>
        c.name === 'kube-apiserver' ? restarted : c,
      );
      await writeClusterRecord(record);
    },
  };
}
