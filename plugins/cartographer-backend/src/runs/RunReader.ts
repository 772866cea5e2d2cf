/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  buildRunHistory,
  ClusterRunTemplate,
  KubernetesObject,
  RUN_PAGE_SIZE,
  RunHistory,
  runKindOf,
  RUNNABLE_NAME_LABEL,
  Runnable,
  RunObject,
} from '@internal/plugin-cartographer-common';
import type { KubernetesObjectApi } from '@kubernetes/client-node';
import { ClusterCache } from '../cache/ClusterCache';
import { loadClientNode } from '../clusters/clientNode';
import { problem } from '../service/readProblem';

/** What one on-demand list returned, or why it could not. */
export type ListOutcome<T> =
  { items: T[]; warning?: undefined } | { items?: undefined; warning: string };

/**
 * Lists the objects a Runnable created: one list call per read, by the
 * `carto.run/runnable-name` label in the Runnable's namespace, of the kind
 * its ClusterRunTemplate stamps. Runs are not watched: they are many, of
 * arbitrary kinds, and only wanted when someone opens them.
 */
export class RunReader {
  /**
   * One object API per cluster: it caches API discovery, so after the first
   * read of a kind a read is exactly one list request.
   */
  private readonly apis = new WeakMap<
    ClusterCache,
    { api: KubernetesObjectApi; discovered: Set<string> }
  >();

  private objectApi(cluster: ClusterCache) {
    let entry = this.apis.get(cluster);
    if (!entry) {
      const k8s = loadClientNode();
      entry = {
        api: k8s.KubernetesObjectApi.makeApiClient(cluster.kubeConfig),
        discovered: new Set(),
      };
      this.apis.set(cluster, entry);
    }
    return entry;
  }

  /**
   * Lists objects of any kind, counted in the cluster's API request counter
   * (discovery too, the first time a kind is read).
   * @param namespace - ignored for cluster-scoped kinds
   */
  async list<T extends KubernetesObject>(
    cluster: ClusterCache,
    kind: { apiVersion: string; kind: string },
    namespace: string,
    labelSelector?: string,
  ): Promise<ListOutcome<T>> {
    const what = `cannot list ${kind.kind} (${kind.apiVersion}) in namespace ${namespace}`;
    const { api, discovered } = this.objectApi(cluster);
    const key = `${kind.apiVersion}/${kind.kind}`;
    try {
      // The first list of a kind is preceded by one discovery request.
      cluster.apiRequests += discovered.has(key) ? 1 : 2;
      const list = await api.list(
        kind.apiVersion,
        kind.kind,
        namespace,
        undefined,
        undefined,
        undefined,
        undefined,
        labelSelector,
      );
      discovered.add(key);
      return {
        items: list.items.map(item => ({
          ...(item as unknown as T),
          apiVersion: item.apiVersion ?? kind.apiVersion,
          kind: item.kind ?? kind.kind,
        })),
      };
    } catch (error) {
      const forbidden = (error as { code?: number })?.code === 403;
      if (/^Unrecognized API version and kind/.test((error as Error).message)) {
        return { warning: `${what}: the cluster does not serve this kind` };
      }
      return {
        warning: forbidden
          ? `${problem(what, error)}; grant it get and list on this kind`
          : problem(what, error),
      };
    }
  }

  /** One page (default 20) of a Runnable's runs, newest first. */
  async history(
    cluster: ClusterCache,
    runnable: Runnable,
    page: { offset?: number; limit?: number } = {},
  ): Promise<RunHistory> {
    const templateName = runnable.spec.runTemplateRef?.name;
    const template = cluster.get<ClusterRunTemplate>(
      'ClusterRunTemplate',
      undefined,
      templateName,
    );
    const kind = runKindOf(template);
    if (!kind) {
      return {
        items: [],
        total: 0,
        warnings: [
          template
            ? `ClusterRunTemplate ${templateName} stamps no apiVersion/kind, so its runs cannot be listed`
            : `ClusterRunTemplate ${templateName} not found, so the kind of the runs is unknown`,
        ],
      };
    }
    const listed = await this.list<RunObject>(
      cluster,
      kind,
      runnable.metadata?.namespace ?? 'default',
      `${RUNNABLE_NAME_LABEL}=${runnable.metadata?.name}`,
    );
    if (!listed.items) {
      return {
        runKind: kind,
        items: [],
        total: 0,
        warnings: [`${listed.warning}, so its runs are not shown`],
      };
    }
    return buildRunHistory({
      runnable,
      template,
      objects: listed.items,
      offset: page.offset,
      limit: page.limit ?? RUN_PAGE_SIZE,
    });
  }
}
