/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import type { KubeConfig } from '@kubernetes/client-node';
import { ClientNode, loadClientNode } from '../clientNode';
import { ensureLocalCluster } from '../ensureLocalCluster';
import { LocalCluster } from '../localClusterHandle';
import { seedSamples } from '../samples';

/** Cartographer needs time to converge on two busy cores. */
export const CONVERGENCE_TIMEOUT_MS = 120_000;

export interface ClusterContext {
  cluster: LocalCluster;
  k8s: ClientNode;
  admin: KubeConfig;
}

/**
 * Registers beforeAll/afterAll hooks that connect to the shared control plane
 * (see testing/globalSetup.ts) with the samples seeded, and returns a getter.
 * Without the global setup it starts a cluster, which may first build it.
 */
export function useLocalCluster(): () => ClusterContext {
  let context: ClusterContext | undefined;
  beforeAll(async () => {
    const cluster = await ensureLocalCluster();
    const admin = cluster.kubeConfig('admin');
    // A cluster `cluster:up` started may be the build cluster of a fleet,
    // which must not get the delivery side (its own seeding covered that).
    await seedSamples(admin, undefined, cluster.owned ? 'single' : 'build');
    context = { cluster, k8s: await loadClientNode(), admin };
  }, 45 * 60_000);
  afterAll(async () => {
    await context?.cluster.stop();
  });
  return () => {
    if (!context) {
      throw new Error('the local cluster did not start; see beforeAll');
    }
    return context;
  };
}
