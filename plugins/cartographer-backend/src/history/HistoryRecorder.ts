/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { LoggerService } from '@backstage/backend-plugin-api';
import {
  diffObservations,
  HistoryOwnerKey,
  HistoryRecords,
  OwnerSnapshot,
  OwnerStatus,
  ownerSnapshot,
  snapshotFromRecords,
} from '@internal/plugin-cartographer-common';
import { ClusterFleet } from '../cache/ClusterFleet';
import { CacheChange } from '../cache/KindCache';
import { byOwner, HistoryStore, ownerKey, StoredHistory } from './HistoryStore';
import { TurnBatcher } from './TurnBatcher';

export interface HistoryRecorderOptions {
  fleet: Pick<ClusterFleet, 'onChange'>;
  store: Pick<HistoryStore, 'read' | 'write'>;
  logger: LoggerService;
  now?: () => number;
}

/**
 * Writes the history of every Workload and Deliverable as the caches see
 * it change. Each replica records every change; the store's record
 * identities keep one row of each. After a restart the first look at an
 * owner diffs against what the database holds, so what changed while the
 * recorder was down is written once, marked observed late.
 */
export class HistoryRecorder {
  private readonly now: () => number;
  private readonly startedAt: number;
  /** The last snapshot recorded per owner by this process. */
  private readonly last = new Map<string, OwnerSnapshot>();
  /** One diff at a time per owner, in the order of its changes. */
  private readonly queues = new Map<string, Promise<void>>();
  /** Watch events handled and rows offered to the store (the write figures). */
  readonly stats = { events: 0, records: 0, writes: 0 };
  /**
   * First looks and writes of many owners in one query: after a start the
   * first list reports every owner at once (10,000 workloads were 20,000
   * queries, and held the event loop for seconds).
   */
  private readonly firstLooks: TurnBatcher<HistoryOwnerKey, StoredHistory>;
  private readonly writes: TurnBatcher<HistoryRecords, undefined>;

  constructor(private readonly o: HistoryRecorderOptions) {
    this.now = o.now ?? Date.now;
    this.startedAt = this.now();
    this.firstLooks = new TurnBatcher(async owners => {
      const of = byOwner(await o.store.read(owners));
      return owners.map(owner => of([owner]));
    });
    this.writes = new TurnBatcher(async batch => {
      await o.store.write({
        outputs: batch.flatMap(r => r.outputs),
        transitions: batch.flatMap(r => r.transitions),
      });
      this.stats.writes += 1;
      return batch.map(() => undefined);
    });
  }

  attach(): () => void {
    return this.o.fleet.onChange((cluster, kind, change) => {
      if (kind === 'Workload' || kind === 'Deliverable') {
        this.enqueue({ cluster, kind, ...this.nameOf(change) }, change);
      }
    });
  }

  /** Settles once every queued change is recorded (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.queues.size) {
      await Promise.all(this.queues.values());
    }
  }

  private nameOf(change: CacheChange) {
    return {
      namespace: change.object.metadata?.namespace ?? '',
      name: change.object.metadata?.name ?? '',
    };
  }

  private enqueue(owner: HistoryOwnerKey, change: CacheChange) {
    const id = ownerKey(owner);
    const next = (this.queues.get(id) ?? Promise.resolve())
      .then(() => this.record(id, owner, change))
      .catch(error => {
        // Re-read from the database next time: what failed is written then.
        this.last.delete(id);
        this.o.logger.warn(
          `Cartographer: could not record the history of ${owner.kind} ${owner.namespace}/${owner.name} on ${owner.cluster}: ${(error as Error).message}`,
        );
      })
      .finally(() => {
        if (this.queues.get(id) === next) this.queues.delete(id);
      });
    this.queues.set(id, next);
  }

  private async record(
    id: string,
    owner: HistoryOwnerKey,
    change: CacheChange,
  ) {
    if (change.type === 'deleted') {
      // The history outlives the object, until retention removes it.
      this.last.delete(id);
      return;
    }
    this.stats.events += 1;
    const observedAt = new Date(this.now()).toISOString();
    let previous = this.last.get(id);
    let late = false;
    if (!previous) {
      const stored = await this.firstLooks.add(owner);
      previous = snapshotFromRecords(
        owner,
        stored.outputs,
        stored.transitions,
        observedAt,
      );
      const created = Date.parse(
        change.object.metadata?.creationTimestamp ?? '',
      );
      // It existed before we watched: its changes up to now were missed.
      late = !(created >= this.startedAt - 1000);
    }
    const current = ownerSnapshot(
      owner,
      (change.object as { status?: OwnerStatus }).status,
      observedAt,
    );
    const records = diffObservations(previous, current, { late });
    const count = records.outputs.length + records.transitions.length;
    if (count) {
      await this.writes.add(records);
      this.stats.records += count;
    }
    this.last.set(id, current);
  }
}
