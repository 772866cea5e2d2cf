/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  AuthService,
  BackstageCredentials,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import {
  ANNOTATION_LOCATION,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { assertError } from '@backstage/errors';
import {
  CatalogService,
  DeferredEntity,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  ENTITY_ANNOTATIONS,
  WorkloadSummary,
} from '@internal/plugin-cartographer-common';
import { CartographerBackendApi } from '@internal/plugin-cartographer-node';
import {
  applicationEntity,
  applicationLocation,
  groupApplications,
} from './applications';
import { CartographerProviderConfig } from './config';

const PROVIDER_NAME = 'CartographerEntityProvider';
const PAGE_SIZE = 500;
/** How long the merge processor waits for a starting replica's first reading. */
const MERGE_WAIT_MS = 60_000;

/**
 * Options of {@link CartographerEntityProvider}.
 * @public
 */
export interface CartographerEntityProviderOptions {
  client: CartographerBackendApi;
  auth: AuthService;
  /** Finds entities of the same name registered elsewhere. */
  catalog: CatalogService;
  logger: LoggerService;
  config: CartographerProviderConfig;
  /** When given, `connect` schedules the full sync and the change check. */
  scheduler?: SchedulerService;
}

interface Emitted {
  entity: Entity;
  fingerprint: string;
}

/**
 * Emits a Component per application running through Cartographer. A full
 * sync replaces everything on a schedule; in between, a frequent check of
 * the backend's workload list applies only what changed as a delta, so a
 * new workload shows up within seconds and a deleted one disappears.
 * @public
 */
export class CartographerEntityProvider implements EntityProvider {
  private readonly options: CartographerEntityProviderOptions;
  private connection?: EntityProviderConnection;
  /** What the catalog holds from us; undefined until the first full sync. */
  private emitted?: Map<string, Emitted>;
  /** Last rows read per cluster, used while a cluster cannot be read. */
  private readonly lastRows = new Map<string, WorkloadSummary[]>();
  /**
   * Annotations to add to entities registered elsewhere (conflicts: merge).
   * Rebuilt by every replica from the clusters and the catalog, because
   * the merge processor runs on whichever replica processes the entity.
   */
  private mergeAnnotations = new Map<string, Record<string, string>>();
  private mergeKnown!: () => void;
  /** Settles once this replica has worked out `mergeAnnotations`. */
  private readonly mergeReady = new Promise<void>(resolve => {
    this.mergeKnown = resolve;
  });
  private readonly warnedNames = new Set<string>();
  /** Syncs run one at a time so `emitted` matches what was applied. */
  private queue: Promise<void> = Promise.resolve();

  constructor(options: CartographerEntityProviderOptions) {
    this.options = options;
  }

  getProviderName(): string {
    return PROVIDER_NAME;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    const { scheduler, config } = this.options;
    if (!scheduler) return;
    await scheduler.scheduleTask({
      id: `${PROVIDER_NAME}:full`,
      ...config.schedule,
      fn: () => this.refresh({ full: true }),
    });
    await scheduler.scheduleTask({
      id: `${PROVIDER_NAME}:changes`,
      frequency: { seconds: config.refreshIntervalSeconds },
      timeout: { seconds: Math.max(60, config.refreshIntervalSeconds * 3) },
      initialDelay: { seconds: config.refreshIntervalSeconds },
      // Each replica checks on its own: the mutations are idempotent, and
      // each replica needs its own merge annotations.
      scope: 'local',
      fn: () => this.refresh({ full: false }),
    });
  }

  /**
   * Reads the workloads and applies a full mutation, or with `full: false`
   * a delta of what changed since the last sync (nothing when unchanged).
   */
  refresh(options: { full: boolean }): Promise<void> {
    const run = this.queue.then(() => this.sync(options.full));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * The annotations `conflicts: merge` adds to an entity registered
   * elsewhere, by entity ref. Waits (at most `waitMs`) for this replica's
   * first reading of the clusters, so a replica that just started does not
   * process the entity without them.
   */
  async annotationsToMerge(
    entityRef: string,
    waitMs = MERGE_WAIT_MS,
  ): Promise<Record<string, string> | undefined> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.mergeReady,
      new Promise<void>(resolve => {
        timer = setTimeout(resolve, waitMs);
        timer.unref?.();
      }),
    ]);
    clearTimeout(timer);
    return this.mergeAnnotations.get(entityRef);
  }

  private async sync(full: boolean): Promise<void> {
    const connection = this.connection;
    if (!connection) {
      throw new Error(`${PROVIDER_NAME} is not connected yet`);
    }
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const rows = await this.readWorkloads(credentials);
    if (!rows) return;
    const entities = await this.buildEntities(rows, credentials);
    this.mergeKnown();
    // The first emission waits for the scheduled full sync, whose initial
    // delay gives the catalog time to register entities from catalog files
    // first: whoever claims an entity name first keeps it.
    if (!full && !this.emitted) return;

    const next = new Map<string, Emitted>();
    for (const entity of entities) {
      next.set(stringifyEntityRef(entity), {
        entity,
        fingerprint: JSON.stringify(entity),
      });
    }
    const previous = this.emitted;
    if (full || !previous) {
      await connection.applyMutation({
        type: 'full',
        entities: entities.map(e => this.deferred(e)),
      });
      this.options.logger.info(
        `${PROVIDER_NAME}: full sync of ${entities.length} entities`,
      );
    } else {
      const added = [...next.entries()]
        .filter(([ref, e]) => previous.get(ref)?.fingerprint !== e.fingerprint)
        .map(([, e]) => this.deferred(e.entity));
      const removed = [...previous.entries()]
        .filter(([ref]) => !next.has(ref))
        .map(([, e]) => this.deferred(e.entity));
      if (added.length === 0 && removed.length === 0) {
        this.emitted = next;
        return;
      }
      await connection.applyMutation({ type: 'delta', added, removed });
      this.options.logger.info(
        `${PROVIDER_NAME}: ${added.length} added or changed, ${removed.length} removed`,
      );
    }
    this.emitted = next;
  }

  private deferred(entity: Entity): DeferredEntity {
    return {
      entity,
      locationKey: entity.metadata.annotations?.[ANNOTATION_LOCATION],
    };
  }

  /**
   * Every selected workload, or undefined while a cluster is still filling
   * its cache for the first time: emitting then would delete its entities.
   */
  private async readWorkloads(
    credentials: BackstageCredentials,
  ): Promise<WorkloadSummary[] | undefined> {
    const { client, config, logger } = this.options;
    const { clusters } = await client.getClusters({ credentials });
    const rows: WorkloadSummary[] = [];
    for (const cluster of clusters) {
      if (config.clusters && !config.clusters.includes(cluster.name)) continue;
      const known = this.lastRows.get(cluster.name);
      if (cluster.state === 'syncing') {
        if (!known) {
          logger.debug(
            `${PROVIDER_NAME}: cluster ${cluster.name} is syncing; waiting`,
          );
          return undefined;
        }
        rows.push(...known);
        continue;
      }
      try {
        const read = await this.readCluster(cluster.name, credentials);
        this.lastRows.set(cluster.name, read);
        rows.push(...read);
      } catch (e) {
        assertError(e);
        // Keep its applications rather than deleting them for an outage.
        logger.warn(
          `${PROVIDER_NAME}: cannot read the workloads of cluster ${cluster.name}, keeping the last known ones: ${e.message}`,
        );
        rows.push(...(known ?? []));
      }
    }
    return config.namespaces
      ? rows.filter(r => config.namespaces!.includes(r.namespace))
      : rows;
  }

  private async readCluster(
    cluster: string,
    credentials: BackstageCredentials,
  ): Promise<WorkloadSummary[]> {
    const rows: WorkloadSummary[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.options.client.getWorkloads(
        { cluster, limit: PAGE_SIZE, cursor },
        { credentials },
      );
      rows.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return rows;
  }

  /** The entities to emit, leaving out names registered elsewhere. */
  private async buildEntities(
    rows: WorkloadSummary[],
    credentials: BackstageCredentials,
  ): Promise<Entity[]> {
    const { config, logger, catalog } = this.options;
    const candidates: Entity[] = [];
    for (const app of groupApplications(rows)) {
      const entity = applicationEntity(app, config);
      if (entity) {
        candidates.push(entity);
      } else if (!this.warnedNames.has(app.name)) {
        this.warnedNames.add(app.name);
        logger.warn(
          `${PROVIDER_NAME}: application ${app.name} is not a valid entity name; skipped`,
        );
      }
    }
    if (candidates.length === 0) {
      this.mergeAnnotations = new Map();
      return [];
    }
    const refs = candidates.map(e => stringifyEntityRef(e));
    const { items } = await catalog.getEntitiesByRefs(
      { entityRefs: refs, fields: ['kind', 'metadata'] },
      { credentials },
    );
    const merge = new Map<string, Record<string, string>>();
    const entities = candidates.filter((entity, i) => {
      const existing = items[i];
      const ours = applicationLocation(entity.metadata.name);
      if (
        !existing ||
        existing.metadata.annotations?.[ANNOTATION_LOCATION] === ours
      ) {
        return true;
      }
      if (config.conflicts === 'merge') {
        const extra = mergeableAnnotations(existing, entity);
        if (extra) merge.set(refs[i], extra);
      }
      return false;
    });
    this.mergeAnnotations = merge;
    return entities;
  }
}

/**
 * The Kubernetes annotations of our entity to merge into an entity
 * registered elsewhere; none when it scopes its own workloads differently.
 * The catalog returns the entity as processed, so annotations equal to
 * ours are (or may be) the ones an earlier merge added: they are kept in
 * the merge, or the next processing would drop them and the one after
 * would add them back.
 */
function mergeableAnnotations(
  existing: Entity,
  ours: Entity,
): Record<string, string> | undefined {
  const have = existing.metadata.annotations ?? {};
  const mine = ours.metadata.annotations ?? {};
  const selector = ENTITY_ANNOTATIONS.labelSelector;
  if (
    (have[selector] && have[selector] !== mine[selector]) ||
    have[ENTITY_ANNOTATIONS.kubernetesId]
  ) {
    return undefined;
  }
  const extra: Record<string, string> = {};
  for (const key of [
    selector,
    ENTITY_ANNOTATIONS.namespace,
    ENTITY_ANNOTATIONS.cluster,
  ]) {
    if (mine[key] && (!have[key] || have[key] === mine[key])) {
      extra[key] = mine[key];
    }
  }
  return Object.keys(extra).length ? extra : undefined;
}
