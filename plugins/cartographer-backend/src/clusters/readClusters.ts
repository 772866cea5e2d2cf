/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import type { KubeConfig } from '@kubernetes/client-node';
import { readFileSync } from 'node:fs';
import { loadClientNode } from './clientNode';

/** A cluster the plugin reads from, and how to build its client config. */
export interface ClusterDefinition {
  name: string;
  source: 'kubernetes-config' | 'kubeconfig' | 'in-cluster';
  kubeConfig(): KubeConfig;
}

function fromKubernetesEntry(cluster: Config): ClusterDefinition {
  const name = cluster.getString('name');
  const url = cluster.getString('url');
  const authProvider =
    cluster.getOptionalString('authProvider') ?? 'serviceAccount';
  if (authProvider !== 'serviceAccount') {
    // Only server-side credentials can feed a backend cache.
    throw new InputError(
      `cluster "${name}": authProvider "${authProvider}" is not supported by the Cartographer plugin; use serviceAccount, or a cartographer.clusters kubeconfig entry`,
    );
  }
  const token = cluster.getOptionalString('serviceAccountToken');
  const caData = cluster.getOptionalString('caData');
  const caFile = cluster.getOptionalString('caFile');
  const skipTLSVerify = cluster.getOptionalBoolean('skipTLSVerify') ?? false;
  return {
    name,
    source: 'kubernetes-config',
    kubeConfig() {
      const k8s = loadClientNode();
      const kc = new k8s.KubeConfig();
      kc.loadFromOptions({
        clusters: [
          {
            name,
            server: url,
            skipTLSVerify,
            caData:
              caData ??
              (caFile
                ? Buffer.from(readFileSync(caFile)).toString('base64')
                : undefined),
          },
        ],
        users: [{ name: 'backstage', token }],
        contexts: [{ name, cluster: name, user: 'backstage' }],
        currentContext: name,
      });
      return kc;
    },
  };
}

function fromCartographerEntry(cluster: Config): ClusterDefinition {
  const name = cluster.getString('name');
  if (cluster.getOptionalBoolean('inCluster')) {
    return {
      name,
      source: 'in-cluster',
      kubeConfig() {
        const kc = new (loadClientNode().KubeConfig)();
        kc.loadFromCluster();
        return kc;
      },
    };
  }
  const path = cluster.getOptionalString('kubeconfig.path');
  const context = cluster.getOptionalString('kubeconfig.context');
  return {
    name,
    source: 'kubeconfig',
    kubeConfig() {
      const kc = new (loadClientNode().KubeConfig)();
      if (path) {
        kc.loadFromFile(path);
      } else {
        kc.loadFromDefault();
      }
      if (context) {
        kc.setCurrentContext(context);
      }
      return kc;
    },
  };
}

/**
 * Reads the clusters users already configured for the stock Kubernetes
 * plugin (`kubernetes.clusterLocatorMethods` of type `config`) plus
 * `cartographer.clusters` (kubeconfig file/context or in-cluster).
 */
export function readClusterDefinitions(config: Config): ClusterDefinition[] {
  const definitions: ClusterDefinition[] = [];
  for (const method of config.getOptionalConfigArray(
    'kubernetes.clusterLocatorMethods',
  ) ?? []) {
    if (method.getString('type') !== 'config') {
      continue;
    }
    for (const cluster of method.getOptionalConfigArray('clusters') ?? []) {
      definitions.push(fromKubernetesEntry(cluster));
    }
  }
  for (const cluster of config.getOptionalConfigArray(
    'cartographer.clusters',
  ) ?? []) {
    definitions.push(fromCartographerEntry(cluster));
  }
  const names = definitions.map(d => d.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) {
    throw new InputError(`cluster name "${duplicate}" is configured twice`);
  }
  return definitions;
}
