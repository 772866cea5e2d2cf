/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Readable } from 'node:stream';
import {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { assertError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  CARTOGRAPHER_WORKLOAD_DOCUMENT_TYPE,
  CartographerWorkloadDocument,
  cartographerWorkloadReadPermission,
  WorkloadSummary,
  workloadResourceRef,
  workloadSearchDocument,
} from '@internal/plugin-cartographer-common';
import {
  CartographerBackendApi,
  WORKLOAD_ENTITY_ANNOTATIONS,
} from '@internal/plugin-cartographer-node';
import { defaults, readBatchSize } from './config';
import { entityTabLocation, EntityOwners } from './EntityOwners';

/**
 * Options of {@link CartographerWorkloadCollatorFactory}.
 * @public
 */
export interface CartographerWorkloadCollatorFactoryOptions {
  client: CartographerBackendApi;
  auth: AuthService;
  catalog: CatalogService;
  logger: LoggerService;
  /** Workloads per request; default 1000, the backend's largest page. */
  batchSize?: number;
}

/** The standalone workload page of the Cartographer frontend plugin. */
export function workloadPageLocation(
  cluster: string,
  namespace: string,
  name: string,
): string {
  return `/cartographer/workloads/${[cluster, namespace, name]
    .map(encodeURIComponent)
    .join('/')}`;
}

/**
 * Indexes every workload the Cartographer backend knows, one cluster at a
 * time and page by page, as `cartographer-workload` documents. A cluster
 * whose read fails is left out of this run and logged; the others are
 * indexed.
 * @public
 */
export class CartographerWorkloadCollatorFactory implements DocumentCollatorFactory {
  readonly type = CARTOGRAPHER_WORKLOAD_DOCUMENT_TYPE;
  readonly visibilityPermission = cartographerWorkloadReadPermission;

  private readonly client: CartographerBackendApi;
  private readonly auth: AuthService;
  private readonly catalog: CatalogService;
  private readonly logger: LoggerService;
  private readonly batchSize: number;

  constructor(options: CartographerWorkloadCollatorFactoryOptions) {
    this.client = options.client;
    this.auth = options.auth;
    this.catalog = options.catalog;
    this.logger = options.logger;
    this.batchSize = options.batchSize ?? defaults.batchSize;
  }

  static fromConfig(
    config: Config,
    options: Omit<CartographerWorkloadCollatorFactoryOptions, 'batchSize'>,
  ): CartographerWorkloadCollatorFactory {
    return new CartographerWorkloadCollatorFactory({
      ...options,
      batchSize: readBatchSize(config),
    });
  }

  async getCollator(): Promise<Readable> {
    return Readable.from(this.execute());
  }

  async *execute(): AsyncGenerator<CartographerWorkloadDocument> {
    const credentials = await this.auth.getOwnServiceCredentials();
    const { clusters } = await this.client.getClusters({ credentials });
    const owners = new EntityOwners(this.catalog, credentials, this.logger);
    // Offset cursors may repeat a row when the cache changes between pages.
    const seen = new Set<string>();
    for (const cluster of clusters) {
      if (cluster.state === 'error' || cluster.state === 'stale') {
        this.logger.warn(
          `Cartographer search: cluster ${cluster.name} is ${cluster.state}${cluster.lastError ? ` (${cluster.lastError})` : ''}; indexing its last known workloads`,
        );
      }
      try {
        for await (const page of this.readCluster(cluster.name, credentials)) {
          await owners.load(page.flatMap(w => w.entityRefs.slice(0, 1)));
          for (const workload of page) {
            const ref = workloadResourceRef(
              workload.cluster,
              workload.namespace,
              workload.name,
            );
            if (!seen.has(ref)) {
              seen.add(ref);
              yield this.toDocument(workload, owners);
            }
          }
        }
      } catch (e) {
        assertError(e);
        this.logger.warn(
          `Cartographer search: cannot read the workloads of cluster ${cluster.name}, left out of this index run: ${e.message}`,
        );
      }
    }
  }

  private async *readCluster(
    cluster: string,
    credentials: BackstageCredentials,
  ): AsyncGenerator<WorkloadSummary[]> {
    let cursor: string | undefined;
    do {
      const page = await this.client.getWorkloads(
        { cluster, limit: this.batchSize, cursor },
        { credentials },
      );
      yield page.items;
      cursor = page.nextCursor;
    } while (cursor);
  }

  private toDocument(
    workload: WorkloadSummary,
    owners: EntityOwners,
  ): CartographerWorkloadDocument {
    const [entityRef] = workload.entityRefs;
    const ref = workloadResourceRef(
      workload.cluster,
      workload.namespace,
      workload.name,
    );
    return workloadSearchDocument(workload, {
      // Several workloads may share an entity; search engines key documents
      // by location, so each result names its workload.
      location: entityRef
        ? `${entityTabLocation(entityRef)}?workload=${encodeURIComponent(ref)}`
        : workloadPageLocation(
            workload.cluster,
            workload.namespace,
            workload.name,
          ),
      owner:
        workload.annotations?.[WORKLOAD_ENTITY_ANNOTATIONS.owner] ??
        (entityRef ? owners.ownerOf(entityRef) : undefined),
      entityRef,
    });
  }
}
