/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  ClusterDelivery,
  ClusterSupplyChain,
  decideNotification,
  Deliverable,
  diagnoseDeliverable,
  diagnoseWorkload,
  Diagnosis,
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
        await this.send(cluster, kind, change.object, decision.send, diagnosis);
      }
      return;
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
  ) {
    const namespace = object.metadata?.namespace ?? '';
    const name = object.metadata?.name ?? '';
    const entityRefs = this.o.entities.entitiesOf({
      cluster,
      namespace,
      name,
      labels: object.metadata?.labels ?? {},
    });
    for (const entityRef of entityRefs) {
      const owners = this.o.entities.ownersOf(entityRef);
      if (!owners.length) continue;
      try {
        await this.o.notifications.send({
          recipients: { type: 'entity', entityRef: owners },
          payload: workloadNotification(
            { kind, cluster, namespace, name, entityRef },
            transition,
            diagnosis,
            this.o.options.severity[transition],
          ),
        });
      } catch (error) {
        // The record says "sent": a failed delivery is logged, not retried
        // by every replica.
        this.o.logger.warn(
          `Cartographer: could not send the ${transition} notification of ${kind} ${namespace}/${name} on ${cluster} to ${owners.join(', ')}: ${(error as Error).message}`,
        );
      }
    }
  }
}
