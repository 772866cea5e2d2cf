/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { LoggerService } from '@backstage/backend-plugin-api';
import { SignalsService } from '@backstage/plugin-signals-node';
import {
  entitySignalChannel,
  Workload,
  WorkloadSignal,
  WORKLOADS_SIGNAL_CHANNEL,
  workloadSignalChannel,
} from '@internal/plugin-cartographer-common';
import { ClusterFleet } from '../cache/ClusterFleet';
import { EntityScopes } from './EntityScopes';
import { SignalClaims } from './SignalClaims';

/**
 * Publishes a signal when a cached workload changes: on the workload's
 * channel, on the channel of each entity it belongs to, and on the channel
 * for index pages. Messages carry only the workload's reference, so
 * broadcasting leaks nothing: clients refetch through the
 * permission-checked API. With several replicas, each sees every change;
 * `claims` lets exactly one of them publish it.
 */
export class SignalPublisher {
  private readonly pending = new Map<string, NodeJS.Timeout>();
  /** Entities each workload belonged to at its last change. */
  private readonly lastEntities = new Map<string, string[]>();

  constructor(
    private readonly signals: SignalsService,
    private readonly logger: LoggerService,
    private readonly debounceMs = 100,
    private readonly entities?: Pick<EntityScopes, 'entitiesOf'>,
    private readonly claims?: Pick<SignalClaims, 'claim'>,
  ) {}

  attach(fleet: ClusterFleet): () => void {
    return fleet.onChange((cluster, kind, change) => {
      // The first list is what was there before: no one waits to hear it,
      // and 10,000 workloads must not make 10,000 signals at each start.
      if (kind !== 'Workload' || change.initial) return;
      const workload = change.object as Workload;
      const labels = workload.metadata?.labels ?? {};
      const message: WorkloadSignal = {
        cluster,
        namespace: workload.metadata?.namespace ?? '',
        name: workload.metadata?.name ?? '',
        change: change.type,
        resourceVersion: workload.metadata?.resourceVersion,
        ready: workload.status?.conditions?.find(c => c.type === 'Ready')
          ?.status,
      };
      this.schedule(message, labels, workload.metadata?.uid);
    });
  }

  private schedule(
    message: WorkloadSignal,
    labels: Record<string, string>,
    uid: string | undefined,
  ) {
    // Coalesce bursts (Cartographer writes status several times per reconcile).
    const key = `${message.cluster}/${message.namespace}/${message.name}`;
    clearTimeout(this.pending.get(key));
    const timer = setTimeout(() => {
      this.pending.delete(key);
      void this.publish(message, labels, uid);
    }, this.debounceMs);
    timer.unref?.();
    this.pending.set(key, timer);
  }

  private async publish(
    message: WorkloadSignal,
    labels: Record<string, string>,
    uid: string | undefined,
  ) {
    const payload = { ...message } as unknown as Record<string, string>;
    const key = `${message.cluster}/${message.namespace}/${message.name}`;
    const entities =
      message.change === 'deleted'
        ? []
        : (this.entities?.entitiesOf({ ...message, labels }) ?? []);
    // A relabelled or deleted workload leaves its old entities: tell them too.
    const notified = [
      ...new Set([...(this.lastEntities.get(key) ?? []), ...entities]),
    ];
    if (entities.length) this.lastEntities.set(key, entities);
    else this.lastEntities.delete(key);
    // A deletion's resourceVersion differs between a watch event and a
    // relist, so a deletion is claimed once per uid.
    const claimed =
      !this.claims ||
      (await this.claims.claim({
        cluster: message.cluster,
        uid: uid ?? key,
        version:
          message.change === 'deleted'
            ? 'deleted'
            : (message.resourceVersion ?? ''),
      }));
    if (!claimed) return;
    const channels = [
      workloadSignalChannel(message.cluster, message.namespace, message.name),
      ...notified.map(entitySignalChannel),
      WORKLOADS_SIGNAL_CHANNEL,
    ];
    try {
      for (const channel of channels) {
        await this.signals.publish({
          recipients: { type: 'broadcast' },
          channel,
          message: payload,
        });
      }
    } catch (error) {
      this.logger.warn(
        `Cartographer: could not publish a signal: ${(error as Error).message}`,
      );
    }
  }
}
