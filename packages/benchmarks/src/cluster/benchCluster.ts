/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import path from 'node:path';
import {
  LocalCluster,
  seedSamples,
  startLocalCluster,
  waitForSamples,
} from '@internal/local-cluster';
import { AuditCounter, auditLogArgs } from './auditLog';

export interface BenchCluster {
  cluster: LocalCluster;
  audit: AuditCounter;
  /** Stops the Cartographer controller (its pid is ours: we started it). */
  stopCartographer(): Promise<void>;
}

/** Where the bench's cluster keeps its data and its record of processes. */
export function benchClusterDir(workDir: string): string {
  return path.join(workDir, 'cluster');
}

/**
 * An own, isolated cluster (never the shared `yarn cluster:up` one, which
 * other people's tests use) with an audit log of the backends' requests,
 * seeded with the sample supply chains. Without local-cluster's watchdog:
 * the caller must stop it (main.ts does on exit, SIGINT and SIGTERM).
 */
export async function startBenchCluster(
  workDir: string,
  log: (line: string) => void,
): Promise<BenchCluster> {
  const audit = await auditLogArgs(path.join(workDir, 'audit'));
  const cluster = await startLocalCluster({
    // An own data dir, not a temporary test cluster: `yarn cluster:down`
    // (run by every scripts/test.sh on exit) stops all test clusters it
    // finds, running or not, and would end a benchmark midway. The caller
    // stops the cluster and removes workDir.
    dataDir: benchClusterDir(workDir),
    apiserverArgs: audit.args,
    log,
  });
  try {
    await seedSamples(cluster.kubeConfig('admin'));
    await waitForSamples(cluster.kubeConfig('admin'));
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return {
    cluster,
    audit: new AuditCounter(audit.logFile),
    stopCartographer: async () => {
      const controller = cluster.components.find(
        c => c.name === 'cartographer',
      );
      if (!controller) return;
      try {
        // Launched detached, so the pid is its process group.
        process.kill(-controller.pid, 'SIGTERM');
      } catch {
        return; // already gone
      }
      for (let i = 0; i < 50; i++) {
        try {
          process.kill(controller.pid, 0);
        } catch {
          return;
        }
        await new Promise(r => setTimeout(r, 100));
      }
      process.kill(-controller.pid, 'SIGKILL');
    },
  };
}
