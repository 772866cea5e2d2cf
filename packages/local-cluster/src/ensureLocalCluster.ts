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

let ownCluster: Promise<LocalCluster> | undefined;
let ownRunCluster: Promise<LocalCluster> | undefined;

/**
 * The cluster tests should use, cheapest first:
 * 1. the one named by $CARTOGRAPHER_TEST_KUBECONFIG, if it answers;
 * 2. the persistent one `yarn cluster:up` started, if all its processes run;
 * 3. otherwise a fresh ephemeral cluster for this process (started once,
 *    shared by later calls; stop() on it tears it down).
 * A reused cluster's stop() does nothing: it belongs to someone else.
 */
export async function ensureLocalCluster(
  options: Omit<StartLocalClusterOptions, 'dataDir'> = {},
): Promise<LocalCluster> {
  const fromEnv = process.env[TEST_KUBECONFIG_ENV];
  if (fromEnv && (await isServing(fromEnv))) {
    return connectToCluster(fromEnv);
  }
  const paths = options.paths ?? localClusterPaths();
  const record = await readClusterRecord(recordFile(paths.persistentStateDir));
  if (
    record &&
    isClusterRunning(record) &&
    (await isServing(record.kubeconfigPath))
  ) {
    return connectToCluster(record.kubeconfigPath, {
      components: record.components,
    });
  }
  ownCluster ??= startLocalCluster(options).catch(error => {
    ownCluster = undefined;
    throw error;
  });
  return ownCluster;
}

/**
 * The run cluster for tests that need two, cheapest first: the one named by
 * $CARTOGRAPHER_TEST_RUN_KUBECONFIG, the persistent one `cluster:up`
 * started, otherwise a fresh ephemeral one for this process. The caller
 * seeds it (`seedSamples(..., 'run')`).
 */
export async function ensureRunCluster(
  options: Omit<StartLocalClusterOptions, 'dataDir'> = {},
): Promise<LocalCluster> {
  const fromEnv = process.env[TEST_RUN_KUBECONFIG_ENV];
  if (fromEnv && (await isServing(fromEnv))) {
    return connectToCluster(fromEnv);
  }
  const paths = options.paths ?? localClusterPaths();
  const record = await readClusterRecord(recordFile(runStateDir(paths)));
  if (
    record &&
    isClusterRunning(record) &&
    (await isServing(record.kubeconfigPath))
  ) {
    return connectToCluster(record.kubeconfigPath, {
      components: record.components,
    });
  }
  ownRunCluster ??= startLocalCluster(options).catch(error => {
    ownRunCluster = undefined;
    throw error;
  });
  return ownRunCluster;
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
