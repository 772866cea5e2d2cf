/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { LoggerService } from '@backstage/backend-plugin-api';
import { SignalsService } from '@backstage/plugin-signals-node';
import {
  Workload,
  WorkloadSignal,
  WORKLOADS_SIGNAL_CHANNEL,
  workloadSignalChannel,
} from '@internal/plugin-cartographer-common';
import { ClusterFleet } from '../cache/ClusterFleet';

/**
 * Publishes a signal when a cached workload changes. Messages carry only the
 * workload's reference, so broadcasting leaks nothing: clients refetch
 * through the permission-checked API.
 */
export class SignalPublisher {
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly signals: SignalsService,
    private readonly logger: LoggerService,
    private readonly debounceMs = 100,
  ) {}

  attach(fleet: ClusterFleet): () => void {
    return fleet.onChange((cluster, kind, change) => {
      if (kind !== 'Workload') return;
      const workload = change.object as Workload;
      const message: WorkloadSignal = {
        cluster,
        namespace: workload.metadata?.namespace ?? '',
        name: workload.metadata?.name ?? '',
        change: change.type,
        ready: workload.status?.conditions?.find(c => c.type === 'Ready')
          ?.status,
      };
      this.schedule(message);
    });
  }

  private schedule(message: WorkloadSignal) {
    // Coalesce bursts (Cartographer writes status several times per reconcile).
    const key = `${message.cluster}/${message.namespace}/${message.name}`;
    clearTimeout(this.pending.get(key));
    const timer = setTimeout(() => {
      this.pending.delete(key);
      void this.publish(message);
    }, this.debounceMs);
    timer.unref?.();
    this.pending.set(key, timer);
  }

  private async publish(message: WorkloadSignal) {
    const payload = { ...message } as unknown as Record<string, string>;
    try {
      await this.signals.publish({
        recipients: { type: 'broadcast' },
        channel: workloadSignalChannel(
          message.cluster,
          message.namespace,
          message.name,
        ),
        message: payload,
      });
      await this.signals.publish({
        recipients: { type: 'broadcast' },
        channel: WORKLOADS_SIGNAL_CHANNEL,
        message: payload,
      });
    } catch (error) {
      this.logger.warn(
        `Cartographer: could not publish a signal: ${(error as Error).message}`,
      );
    }
  }
}
