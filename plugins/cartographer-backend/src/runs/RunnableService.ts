/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { NotFoundError } from '@backstage/errors';
import {
  ClusterRunTemplate,
  explainRunnableSelection,
  isStandaloneRunnable,
  matchesRunnableFilter,
  RunHistory,
  Runnable,
  RunnableDetailResponse,
  RunnableFilter,
  RunnableSummary,
  summarizeRunnable,
} from '@internal/plugin-cartographer-common';
import { ClusterFleet } from '../cache/ClusterFleet';
import { RunReader } from './RunReader';

/**
 * Runnables: the standalone ones (no Workload or Deliverable owns them) are
 * listed from the watch caches; details and runs read the cluster on demand.
 */
export class RunnableService {
  constructor(
    private readonly fleet: ClusterFleet,
    private readonly runs: RunReader,
  ) {}

  /** Standalone Runnables passing the filter, sorted by cluster/namespace/name. */
  list(filter: RunnableFilter): RunnableSummary[] {
    const clusters = filter.cluster
      ? [this.fleet.cluster(filter.cluster)]
      : this.fleet.all();
    return clusters
      .flatMap(cluster =>
        cluster
          .list<Runnable>('Runnable')
          .filter(isStandaloneRunnable)
          .map(r => summarizeRunnable(cluster.name, r, cluster.stale)),
      )
      .filter(row => matchesRunnableFilter(row, filter))
      .sort((a, b) =>
        `${a.cluster}/${a.namespace}/${a.name}`.localeCompare(
          `${b.cluster}/${b.namespace}/${b.name}`,
        ),
      );
  }

  private raw(clusterName: string, namespace: string, name: string) {
    const cluster = this.fleet.cluster(clusterName);
    const runnable = cluster.get<Runnable>('Runnable', namespace, name);
    if (!runnable) {
      throw new NotFoundError(
        `runnable ${namespace}/${name} not found on cluster ${clusterName}`,
      );
    }
    return { cluster, runnable };
  }

  /** Any Runnable's runs (standalone or a stage's), one page. */
  async runHistory(
    clusterName: string,
    namespace: string,
    name: string,
    page: { offset?: number; limit?: number },
  ): Promise<RunHistory> {
    const { cluster, runnable } = this.raw(clusterName, namespace, name);
    return this.runs.history(cluster, runnable, page);
  }

  /** Summary, selection explainer (template and selected object), outputs and runs. */
  async detail(
    clusterName: string,
    namespace: string,
    name: string,
  ): Promise<RunnableDetailResponse> {
    const { cluster, runnable } = this.raw(clusterName, namespace, name);
    const selector = runnable.spec.selector;
    const [runs, candidates] = await Promise.all([
      this.runs.history(cluster, runnable),
      selector
        ? this.runs.list(cluster, selector.resource, namespace)
        : Promise.resolve(undefined),
    ]);
    if (candidates?.warning) runs.warnings.push(candidates.warning);
    return {
      runnable: summarizeRunnable(cluster.name, runnable, cluster.stale),
      spec: runnable.spec,
      conditions: runnable.status?.conditions ?? [],
      outputs: runnable.status?.outputs ?? {},
      selection: explainRunnableSelection(
        runnable,
        cluster.list<ClusterRunTemplate>('ClusterRunTemplate'),
        candidates?.items,
      ),
      runs,
    };
  }
}
