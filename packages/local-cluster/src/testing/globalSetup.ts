/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ensureLocalCluster, TEST_KUBECONFIG_ENV } from '../ensureLocalCluster';
import { LocalCluster } from '../localClusterHandle';

declare global {
  // eslint-disable-next-line no-var
  var localClusterForJest: LocalCluster | undefined;
}

/**
 * Jest global setup: one control plane per test run. It reuses the cluster
 * `cluster:up` started (or the one $CARTOGRAPHER_TEST_KUBECONFIG names) and
 * otherwise starts one; the test workers, forked afterwards, inherit the
 * environment variable and reuse it.
 */
export default async function globalSetup(): Promise<void> {
  const cluster = await ensureLocalCluster({
    log: line => process.stderr.write(`[local-cluster] ${line}\n`),
  });
  process.env[TEST_KUBECONFIG_ENV] = cluster.kubeconfigPath;
  globalThis.localClusterForJest = cluster;
}
