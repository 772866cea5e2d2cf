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
import { ClusterCache } from '../cache/ClusterCache';
import { ClusterError } from '../clusters/kubernetesErrors';

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
   * Lists objects of any kind through the cluster's client, which counts
   * each request (discovery too, the first time an apiVersion is read).
   * @param namespace - ignored for cluster-scoped kinds
   */
  async list<T extends KubernetesObject>(
    cluster: ClusterCache,
    kind: { apiVersion: string; kind: string },
    namespace: string,
    labelSelector?: string,
  ): Promise<ListOutcome<T>> {
    try {
      return {
        items: (await cluster.client.list(
          kind,
          namespace,
          labelSelector,
        )) as T[],
      };
    } catch (error) {
      const { message, kubernetesStatus } = error as ClusterError;
      return {
        warning:
          kubernetesStatus === 403
            ? `${message}; grant it get and list on this kind`
            : message,
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
