/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node';
import { ClientNode, loadClientNode } from './clientNode';
import { ComponentRecord } from './clusterRecord';
import { CLUSTER_NAME, KubeconfigUser, parseKubeconfig } from './kubeconfig';

/** A running local control plane, started here or found running. */
export interface LocalCluster {
  /** Kubeconfig with the contexts `admin` (current), `backstage` and `restricted`. */
  kubeconfigPath: string;
  /** `https://127.0.0.1:<port>` */
  server: string;
  /** The API server's serving certificate bundle, to trust as CA. */
  caFile: string;
  /** Bearer tokens of the three users in the kubeconfig. */
  tokens: Record<KubeconfigUser, string>;
  /** Where etcd data, keys, kubeconfigs and `logs/<component>.log` live. */
  dataDir: string;
  /** True when this process started the cluster, so stop() stops it. */
  owned: boolean;
  components: ComponentRecord[];
  /** A client-node KubeConfig for one of the users (default `admin`). */
  kubeConfig(user?: KubeconfigUser): KubeConfig;
  /**
   * Stops the processes this handle started (kill by process group, wait)
   * and removes a temporary data dir. A no-op for a cluster it merely found.
   */
  stop(): Promise<void>;
}

/** A handle for the cluster behind a kubeconfig written by this package. */
export async function connectToCluster(
  kubeconfigPath: string,
  extra: {
    dataDir?: string;
    owned?: boolean;
    components?: ComponentRecord[];
  } = {},
): Promise<LocalCluster> {
  const k8s = await loadClientNode();
  const parsed = parseKubeconfig(await fs.readFile(kubeconfigPath, 'utf8'));
  const tokens = {
    admin: requiredToken(parsed.tokens, 'admin', kubeconfigPath),
    backstage: requiredToken(parsed.tokens, 'backstage', kubeconfigPath),
    restricted: requiredToken(parsed.tokens, 'restricted', kubeconfigPath),
  };
  return {
    kubeconfigPath: path.resolve(kubeconfigPath),
    server: parsed.server,
    caFile: parsed.caFile,
    tokens,
    dataDir: extra.dataDir ?? path.dirname(path.resolve(kubeconfigPath)),
    owned: extra.owned ?? false,
    components: extra.components ?? [],
    kubeConfig: (user = 'admin') =>
      makeKubeConfig(k8s, parsed.server, parsed.caFile, user, tokens[user]),
    stop: async () => {},
  };
}

function makeKubeConfig(
  k8s: ClientNode,
  server: string,
  caFile: string,
  user: string,
  token: string,
): KubeConfig {
  const kubeConfig = new k8s.KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [{ name: CLUSTER_NAME, server, caFile, skipTLSVerify: false }],
    users: [{ name: user, token }],
    contexts: [{ name: user, cluster: CLUSTER_NAME, user }],
    currentContext: user,
  });
  return kubeConfig;
}

function requiredToken(
  tokens: Partial<Record<string, string>>,
  user: string,
  file: string,
): string {
  const token = tokens[user];
  if (!token) {
    throw new Error(`${file} has no token for user ${user}`);
  }
  return token;
}
