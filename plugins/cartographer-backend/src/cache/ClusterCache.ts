/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  CARTOGRAPHER_GROUP,
  CARTOGRAPHER_KINDS,
  CARTOGRAPHER_VERSION,
  CartographerKind,
  ClusterInfo,
  ClusterSyncState,
  KubernetesObject,
} from '@internal/plugin-cartographer-common';
import type { KubeConfig } from '@kubernetes/client-node';
import { ClusterClient } from '../clusters/ClusterClient';
import { CacheChange, KindCache, KindCacheOptions } from './KindCache';
import { StringTable } from './StringTable';
import { WorkloadIndex } from './WorkloadIndex';

/** The kinds every cluster cache watches. */
export const CACHED_KINDS: CartographerKind[] = [
  'ClusterSupplyChain',
  'ClusterDelivery',
  'ClusterSourceTemplate',
  'ClusterImageTemplate',
  'ClusterConfigTemplate',
  'ClusterTemplate',
  'ClusterDeploymentTemplate',
  'ClusterRunTemplate',
  'Workload',
  'Deliverable',
  'Runnable',
];

export interface ClusterCacheOptions {
  name: string;
  kubeConfig: KubeConfig;
  onChange(cluster: string, kind: CartographerKind, change: CacheChange): void;
  backoffMs?: KindCacheOptions['backoffMs'];
  notInstalledRetryMs?: number;
}

/** Ranks kind states so the worst decides the cluster's state. */
const SEVERITY: ClusterSyncState[] = [
  'ready',
  'notInstalled',
  'syncing',
  'stale',
  'error',
];

/**
 * All cached carto.run kinds of one cluster, and the cluster's one client,
 * which every on-demand read and write goes through too.
 */
export class ClusterCache {
  private readonly kinds = new Map<CartographerKind, KindCache>();
  readonly client: ClusterClient;
  /** The cached workloads in row order and by label. */
  readonly workloads: WorkloadIndex;

  constructor(private readonly options: ClusterCacheOptions) {
    this.client = new ClusterClient(options.name, options.kubeConfig);
    this.workloads = new WorkloadIndex(options.name);
    // Kinds share names (chains, templates, stages), so one table serves all.
    const strings = new StringTable();
    for (const kind of CACHED_KINDS) {
      this.kinds.set(
        kind,
        new KindCache({
          client: this.client,
          group: CARTOGRAPHER_GROUP,
          version: CARTOGRAPHER_VERSION,
          plural: CARTOGRAPHER_KINDS[kind].plural,
          kind,
          onChange: change => {
            // Indexed before anyone hears of the change, so they read it.
            if (kind === 'Workload') this.workloads.apply(change);
            options.onChange(options.name, kind, change);
          },
          onStateChange: () => {},
          strings,
          backoffMs: options.backoffMs,
          notInstalledRetryMs: options.notInstalledRetryMs,
        }),
      );
    }
  }

  get name() {
    return this.options.name;
  }

  /** Requests this backend sent to the cluster's API server. */
  get apiRequests(): number {
    return this.client.requests;
  }

  start() {
    this.kinds.forEach(k => k.start());
  }

  stop() {
    this.kinds.forEach(k => k.stop());
  }

  list<T extends KubernetesObject>(kind: CartographerKind): T[] {
    return (this.kinds.get(kind)?.list() ?? []) as T[];
  }

  get<T extends KubernetesObject>(
    kind: CartographerKind,
    namespace: string | undefined,
    name: string,
  ): T | undefined {
    return this.kinds.get(kind)?.get(namespace, name) as T | undefined;
  }

  /** See {@link KindCache.remember}. */
  remember(kind: CartographerKind, object: KubernetesObject) {
    this.kinds.get(kind)?.remember(object);
  }

  /** Whether data of this cluster should be shown as possibly outdated. */
  get stale(): boolean {
    return (
      ['stale', 'error', 'syncing'].includes(this.info().state) &&
      this.hasSynced
    );
  }

  get hasSynced(): boolean {
    return [...this.kinds.values()].some(k => k.hasSynced);
  }

  info(): ClusterInfo {
    const kinds = [...this.kinds.values()].map(k => ({
      kind: k.kind,
      state: k.state,
      count: k.size,
      lastError: k.lastError,
    }));
    const workloadState = this.kinds.get('Workload')!.state;
    // No Workload CRD means Cartographer is not installed: one quiet state.
    const state =
      workloadState === 'notInstalled'
        ? 'notInstalled'
        : kinds
            .map(k => k.state)
            .filter(s => s !== 'notInstalled')
            .reduce<ClusterSyncState>(
              (worst, s) =>
                SEVERITY.indexOf(s) > SEVERITY.indexOf(worst) ? s : worst,
              'ready',
            );
    const lastError = kinds.find(
      k => k.state === state && k.lastError,
    )?.lastError;
    const synced = [...this.kinds.values()]
      .map(k => k.lastSyncedAt)
      .filter((t): t is string => !!t);
    return {
      name: this.name,
      state,
      lastError: state === 'ready' ? undefined : lastError,
      lastSyncedAt: synced.sort().at(-1),
      apiRequests: this.apiRequests,
      kinds,
    };
  }
}
