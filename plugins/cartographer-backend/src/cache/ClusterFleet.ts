/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { CartographerKind } from '@internal/plugin-cartographer-common';
import { NotFoundError } from '@backstage/errors';
import { LoggerService } from '@backstage/backend-plugin-api';
import { ClusterDefinition } from '../clusters/readClusters';
import { ClusterCache } from './ClusterCache';
import { CacheChange } from './KindCache';

export type FleetListener = (
  cluster: string,
  kind: CartographerKind,
  change: CacheChange,
) => void;

/** The caches of every configured cluster. */
export class ClusterFleet {
  private readonly clusters = new Map<string, ClusterCache>();
  private readonly listeners = new Set<FleetListener>();

  constructor(
    definitions: ClusterDefinition[],
    logger: LoggerService,
    options: { backoffMs?: (attempt: number) => number } = {},
  ) {
    for (const definition of definitions) {
      try {
        this.clusters.set(
          definition.name,
          new ClusterCache({
            name: definition.name,
            kubeConfig: definition.kubeConfig(),
            onChange: (cluster, kind, change) =>
              this.listeners.forEach(l => l(cluster, kind, change)),
            backoffMs: options.backoffMs,
          }),
        );
      } catch (error) {
        // A broken entry (unreadable kubeconfig) must not take the others down.
        logger.error(
          `Cartographer: cannot configure cluster ${definition.name}: ${(error as Error).message}`,
        );
      }
    }
  }

  start() {
    this.clusters.forEach(c => c.start());
  }

  stop() {
    this.clusters.forEach(c => c.stop());
  }

  onChange(listener: FleetListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  all(): ClusterCache[] {
    return [...this.clusters.values()];
  }

  names(): string[] {
    return [...this.clusters.keys()];
  }

  /** The named cluster, or a NotFoundError naming the known ones. */
  cluster(name: string): ClusterCache {
    const cluster = this.clusters.get(name);
    if (!cluster) {
      throw new NotFoundError(
        `unknown cluster "${name}"; configured clusters: ${this.names().join(', ') || '(none)'}`,
      );
    }
    return cluster;
  }
}
