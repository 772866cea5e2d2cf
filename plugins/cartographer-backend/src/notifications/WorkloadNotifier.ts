/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  ClusterDelivery,
  ClusterSupplyChain,
  confirmDelivery,
  decideNotification,
  Deliverable,
  diagnoseDeliverable,
  diagnoseWorkload,
  Diagnosis,
  NotificationRecord,
  releaseClaim,
  Workload,
  workloadNotification,
} from '@internal/plugin-cartographer-common';
import { ClusterCache } from '../cache/ClusterCache';
import { ClusterFleet } from '../cache/ClusterFleet';
import { CacheChange } from '../cache/KindCache';
import { EntityScopes } from '../service/EntityScopes';
import { selectedChain } from '../service/summaries';
import { NotificationOptions } from './config';
import { NotificationStateKey, NotificationStates } from './NotificationStates';

type OwnerKind = 'Workload' | 'Deliverable';

export interface WorkloadNotifierOptions {
  fleet: ClusterFleet;
  states: Pick<NotificationStates, 'get' | 'compareAndSet' | 'forget'>;
  notifications: NotificationService;
  entities: Pick<EntityScopes, 'entitiesOf' | 'ownersOf'>;
  logger: LoggerService;
  options: NotificationOptions;
  now?: () => number;
}

/** A lost compare-and-set means another replica decided first: decide again on its record. */
const ATTEMPTS = 3;

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Tells the owners of a catalog entity when one of its Workloads or
 * Deliverables fails, and once more when it recovers. Every replica sees
 * every change; the shared record in the database (NotificationStates)
 * makes one of them send each notification.
 */
export class WorkloadNotifier {
  private readonly watchingSince: number;
  private readonly now: () => number;
  /** The last state this process decided on per object, to skip the database for repeats. */
  private readonly lastSeen = new Map<string, Diagnosis['state']>();
  /** One decision at a time per object, in the order of its changes. */
  private readonly queues = new Map<string, Promise<void>>();
  private readonly rechecks = new Map<string, NodeJS.Timeout>();

  constructor(private readonly o: WorkloadNotifierOptions) {
    this.now = o.now ?? Date.now;
    this.watchingSince = this.now();
  }

  attach(): () => void {
    const detach = this.o.fleet.onChange((cluster, kind, change) => {
      if (kind === 'Workload' || kind === 'Deliverable') {
        this.enqueue(cluster, kind, change);
      }
    });
    return () => {
      detach();
      this.rechecks.forEach(timer => clearTimeout(timer));
      this.rechecks.clear();
    };
  }

  /** Settles once every queued decision is done (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.queues.size) {
      await Promise.all(this.queues.values());
    }
  }

  private inScope(cluster: string, namespace: string): boolean {
    const { clusters, namespaces } = this.o.options;
    return (
      (!clusters || clusters.includes(cluster)) &&
      (!namespaces || namespaces.includes(namespace))
    );
  }

  private enqueue(cluster: string, kind: OwnerKind, change: CacheChange) {
    const metadata = change.object.metadata ?? {};
    if (!metadata.uid || !this.inScope(cluster, metadata.namespace ?? '')) {
      return;
    }
    const id = `${cluster}/${metadata.uid}`;
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous
      .then(() => this.process(cluster, kind, change))
      .catch(error =>
        this.o.logger.warn(
          `Cartographer: could not decide a notification for ${kind} ${metadata.namespace}/${metadata.name} on ${cluster}: ${(error as Error).message}`,
        ),
      )
      .finally(() => {
        if (this.queues.get(id) === next) this.queues.delete(id);
      });
    this.queues.set(id, next);
  }

  private async process(
    cluster: string,
    kind: OwnerKind,
    change: CacheChange,
  ): Promise<void> {
    const metadata = change.object.metadata!;
    const key: NotificationStateKey = { cluster, uid: metadata.uid! };
    const id = `${cluster}/${metadata.uid}`;
    if (change.type === 'deleted') {
      this.lastSeen.delete(id);
      clearTimeout(this.rechecks.get(id));
      await this.o.states.forget(key);
      return;
    }
    const diagnosis = this.diagnose(cluster, kind, change.object);
    if (this.lastSeen.get(id) === diagnosis.state && !this.rechecks.has(id)) {
      return;
    }
    this.lastSeen.set(id, diagnosis.state);
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const stored = await this.o.states.get(key);
      const createdAt = Date.parse(metadata.creationTimestamp ?? '');
      const decision = decideNotification({
        record: stored?.record,
        state: diagnosis.state,
        resourceVersion: metadata.resourceVersion,
        createdAt: Number.isNaN(createdAt) ? undefined : createdAt,
        watchingSince: this.watchingSince,
        now: this.now(),
        quietPeriodMs: this.o.options.quietPeriodMs,
        deliveryLeaseMs: this.o.options.delivery.leaseMs,
      });
      if (decision.recheckAt !== undefined) {
        this.recheckAt(decision.recheckAt, id, cluster, kind, change.object);
      }
      if (!decision.record) return;
      if (
        !(await this.o.states.compareAndSet(
          key,
          stored?.revision,
          decision.record,
        ))
      ) {
        continue;
      }
      if (decision.send) {
        const delivered = await this.send(
          cluster,
          kind,
          change.object,
          decision.send,
          diagnosis,
        );
        await this.settleClaim(
          key,
          (stored?.revision ?? 0) + 1,
          stored?.record,
          decision.record,
          delivered,
        );
        // Undelivered: the next change of this object must be decided again.
        if (!delivered) this.lastSeen.delete(id);
      }
      return;
    }
  }

  /**
   * After delivering what this replica claimed: the record says sent, or,
   * when every attempt failed, goes back to what it was, so the next change
   * tries again instead of the owners never hearing of it.
   */
  private async settleClaim(
    key: NotificationStateKey,
    claimRevision: number,
    previous: NotificationRecord | undefined,
    claim: NotificationRecord,
    delivered: boolean,
  ) {
    const settled = delivered
      ? confirmDelivery(claim)
      : releaseClaim(previous, claim);
    if (!(await this.o.states.compareAndSet(key, claimRevision, settled))) {
      // Only a replica that took over an expired claim changes it meanwhile.
      this.o.logger.warn(
        `Cartographer: the notification claim of ${key.cluster}/${key.uid} was taken over while it was delivered`,
      );
    }
  }

  /** A failure held back by the quiet period: look at the cached object again when it ends. */
  private recheckAt(
    at: number,
    id: string,
    cluster: string,
    kind: OwnerKind,
    object: CacheChange['object'],
  ) {
    clearTimeout(this.rechecks.get(id));
    const timer = setTimeout(
      () => {
        this.rechecks.delete(id);
        const current =
          this.o.fleet
            .all()
            .find(c => c.name === cluster)
            ?.get(
              kind,
              object.metadata?.namespace,
              object.metadata?.name ?? '',
            ) ?? undefined;
        if (current?.metadata?.uid === object.metadata?.uid && current) {
          this.lastSeen.delete(id);
          this.enqueue(cluster, kind, { type: 'modified', object: current });
        }
      },
      Math.max(0, at - this.now()),
    );
    timer.unref?.();
    this.rechecks.set(id, timer);
  }

  private diagnose(
    clusterName: string,
    kind: OwnerKind,
    object: CacheChange['object'],
  ): Diagnosis {
    const cluster: ClusterCache | undefined = this.o.fleet
      .all()
      .find(c => c.name === clusterName);
    if (kind === 'Workload') {
      const chains =
        cluster?.list<ClusterSupplyChain>('ClusterSupplyChain') ?? [];
      const workload = object as Workload;
      return diagnoseWorkload(workload, selectedChain(workload, chains));
    }
    const deliverable = object as Deliverable;
    const delivery = cluster
      ?.list<ClusterDelivery>('ClusterDelivery')
      .find(d => d.metadata?.name === deliverable.status?.deliveryRef?.name);
    return diagnoseDeliverable(deliverable, delivery);
  }

  private async send(
    cluster: string,
    kind: OwnerKind,
    object: CacheChange['object'],
    transition: 'failed' | 'recovered',
    diagnosis: Diagnosis,
  ): Promise<boolean> {
    const namespace = object.metadata?.namespace ?? '';
    const name = object.metadata?.name ?? '';
    const entityRefs = this.o.entities.entitiesOf({
      cluster,
      namespace,
      name,
      labels: object.metadata?.labels ?? {},
    });
    let delivered = true;
    for (const entityRef of entityRefs) {
      const owners = this.o.entities.ownersOf(entityRef);
      if (!owners.length) continue;
      const what = `the ${transition} notification of ${kind} ${namespace}/${name} on ${cluster} to ${owners.join(', ')}`;
      delivered =
        (await this.deliver(what, () =>
          this.o.notifications.send({
            recipients: { type: 'entity', entityRef: owners },
            payload: workloadNotification(
              { kind, cluster, namespace, name, entityRef },
              transition,
              diagnosis,
              this.o.options.severity[transition],
            ),
          }),
        )) && delivered;
    }
    return delivered;
  }

  /** A bounded retry with a doubling pause: true once one attempt succeeded. */
  private async deliver(
    what: string,
    attempt: () => Promise<void>,
  ): Promise<boolean> {
    const { attempts, backoffMs } = this.o.options.delivery;
    for (let n = 1; n <= attempts; n++) {
      try {
        await attempt();
        return true;
      } catch (error) {
        const message = (error as Error).message;
        if (n === attempts) {
          this.o.logger.error(
            `Cartographer: gave up sending ${what} after ${attempts} attempts, the next change tries again: ${message}`,
          );
          return false;
        }
        this.o.logger.warn(
          `Cartographer: could not send ${what} (attempt ${n} of ${attempts}), trying again: ${message}`,
        );
        await sleep(backoffMs * 2 ** (n - 1));
      }
    }
    return false;
  }
}
