/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import fs from 'node:fs/promises';
import {
  isClusterRunning,
  readClusterRecord,
  recordFile,
} from './clusterRecord';
import { probe } from './httpProbe';
import { parseKubeconfig } from './kubeconfig';
import { runStateDir } from './fleet';
import { connectToCluster, LocalCluster } from './localClusterHandle';
import { localClusterPaths } from './paths';
import {
  startLocalCluster,
  StartLocalClusterOptions,
} from './startLocalCluster';

/**
 * Set by `scripts/test.sh` (after `cluster:up`) and by this package's Jest
 * global setup: the kubeconfig of a cluster every test process may share.
 */
export const TEST_KUBECONFIG_ENV = 'CARTOGRAPHER_TEST_KUBECONFIG';
/** The same for the run cluster of a two-cluster fleet (`cluster:up`). */
export const TEST_RUN_KUBECONFIG_ENV = 'CARTOGRAPHER_TEST_RUN_KUBECONFIG';

/** The ephemeral cluster this process started, per role, started once. */
const ownClusters = new Map<'build' | 'run', Promise<LocalCluster>>();

/**
 * The cluster of one role, cheapest first: the one the environment variable
 * names, if it answers; the persistent one `yarn cluster:up` started in
 * `stateDir`, if all its processes run; otherwise a fresh ephemeral cluster
 * for this process (shared by later calls; stop() on it tears it down).
 */
async function reuseOrStart(
  role: 'build' | 'run',
  envVar: string,
  stateDir: string,
  options: Omit<StartLocalClusterOptions, 'dataDir'>,
): Promise<LocalCluster> {
  const fromEnv = process.env[envVar];
  if (fromEnv && (await isServing(fromEnv))) {
    return connectToCluster(fromEnv);
  }
  const record = await readClusterRecord(recordFile(stateDir));
  if (
    record &&
    isClusterRunning(record) &&
    (await isServing(record.kubeconfigPath))
  ) {
    return connectToCluster(record.kubeconfigPath, {
      components: record.components,
    });
  }
  let own = ownClusters.get(role);
  if (!own) {
    own = startLocalCluster(options).catch(error => {
      ownClusters.delete(role);
      throw error;
    });
    ownClusters.set(role, own);
  }
  return own;
}

/**
 * The cluster tests should use (the build cluster of a fleet), cheapest
 * first: $CARTOGRAPHER_TEST_KUBECONFIG, the persistent `cluster:up` one,
 * else an ephemeral one. A reused cluster's stop() does nothing: it belongs
 * to someone else.
 */
export async function ensureLocalCluster(
  options: Omit<StartLocalClusterOptions, 'dataDir'> = {},
): Promise<LocalCluster> {
  const paths = options.paths ?? localClusterPaths();
  return reuseOrStart(
    'build',
    TEST_KUBECONFIG_ENV,
    paths.persistentStateDir,
    options,
  );
}

/**
 * The run cluster for tests that need two, the same way:
 * $CARTOGRAPHER_TEST_RUN_KUBECONFIG, the persistent `cluster:up` one, else
 * an ephemeral one. The caller seeds it (`seedSamples(..., 'run')`).
 */
export async function ensureRunCluster(
  options: Omit<StartLocalClusterOptions, 'dataDir'> = {},
): Promise<LocalCluster> {
  const paths = options.paths ?? localClusterPaths();
  return reuseOrStart(
    'run',
    TEST_RUN_KUBECONFIG_ENV,
    runStateDir(paths),
    options,
  );
}

/**
 * True once the API server answers /readyz within `timeoutMs`. For a cluster
 * whose processes are alive: on a loaded machine one probe can time out, and
 * starting a second cluster over a running one only fails.
 */
export async function servesWithin(
  kubeconfigPath: string,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await isServing(kubeconfigPath)) return true;
    if (Date.now() > deadline) return false;
    await new Promise(resolve => setTimeout(resolve, 1000));
  }
}

/** True when the kubeconfig's API server answers /readyz with its admin token. */
export async function isServing(kubeconfigPath: string): Promise<boolean> {
  try {
    const parsed = parseKubeconfig(await fs.readFile(kubeconfigPath, 'utf8'));
    const response = await probe(`${parsed.server}/readyz`, {
      token: parsed.tokens.admin,
      ca: await fs.readFile(parsed.caFile),
      timeoutMs: 3000,
    });
    return response.status === 200;
  } catch {
    return false;
  }
}
