/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Readable } from 'node:stream';
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { assertError } from '@backstage/errors';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  CARTOGRAPHER_RUNNABLE_DOCUMENT_TYPE,
  CartographerRunnableDocument,
  cartographerWorkloadReadPermission,
  runnableSearchDocument,
} from '@internal/plugin-cartographer-common';
import { CartographerBackendApi } from '@internal/plugin-cartographer-node';

/**
 * Options of {@link CartographerRunnableCollatorFactory}.
 * @public
 */
export interface CartographerRunnableCollatorFactoryOptions {
  client: CartographerBackendApi;
  auth: AuthService;
  logger: LoggerService;
  /** Runnables requested per page (default 200). */
  batchSize?: number;
}

/** The Runnable page of the Cartographer frontend plugin. */
export function runnablePageLocation(
  cluster: string,
  namespace: string,
  name: string,
) {
  return `/cartographer/runnables/${[cluster, namespace, name]
    .map(encodeURIComponent)
    .join('/')}`;
}

/**
 * Indexes the standalone Runnables of every cluster as
 * `cartographer-runnable` documents. Each carries the workload permission
 * resource ref, so results are filtered per user by the workload read
 * permission and its cluster and namespace rules.
 * @public
 */
export class CartographerRunnableCollatorFactory implements DocumentCollatorFactory {
  readonly type = CARTOGRAPHER_RUNNABLE_DOCUMENT_TYPE;
  readonly visibilityPermission = cartographerWorkloadReadPermission;

  constructor(
    private readonly options: CartographerRunnableCollatorFactoryOptions,
  ) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(this.execute());
  }

  async *execute(): AsyncGenerator<CartographerRunnableDocument> {
    const { client, auth, logger } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    const { clusters } = await client.getClusters({ credentials });
    for (const cluster of clusters) {
      try {
        let cursor: string | undefined;
        do {
          const page = await client.getRunnables(
            {
              cluster: cluster.name,
              limit: this.options.batchSize ?? 200,
              cursor,
            },
            { credentials },
          );
          for (const runnable of page.items) {
            yield runnableSearchDocument(runnable, {
              location: runnablePageLocation(
                runnable.cluster,
                runnable.namespace,
                runnable.name,
              ),
            });
          }
          cursor = page.nextCursor;
        } while (cursor);
      } catch (e) {
        assertError(e);
        logger.warn(
          `Cartographer search: cannot read the Runnables of cluster ${cluster.name}, left out of this index run: ${e.message}`,
        );
      }
    }
  }
}
