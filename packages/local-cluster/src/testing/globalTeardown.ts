/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/** Stops the cluster globalSetup started; a reused one is left running. */
export default async function globalTeardown(): Promise<void> {
  const cluster = globalThis.localClusterForJest;
  if (cluster?.owned) {
    await cluster.stop();
    delete process.env.CARTOGRAPHER_TEST_KUBECONFIG;
  }
}
