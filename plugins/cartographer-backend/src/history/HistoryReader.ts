/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  ClusterSupplyChain,
  commitTimeline,
  CommitTimelineRow,
  deliveryMetrics,
  HistoryOwnerKey,
  HistoryResponse,
  historyStages,
  MetricsResponse,
  MetricsSubject,
  MetricsWindowName,
  metricsTrend,
  stageDurations,
} from '@internal/plugin-cartographer-common';
import { CartographerService } from '../service/CartographerService';
import { selectedChain } from '../service/summaries';
import { HistoryStore } from './HistoryStore';

/** A workload, and the Deliverables of it the caller may read. */
export interface HistorySubject {
  cluster: string;
  namespace: string;
  name: string;
  deliverables: Array<{ cluster: string; namespace: string; name: string }>;
}

const WINDOW_DAYS: Record<MetricsWindowName, number> = {
  '7d': 7,
  '30d': 30,
  '90d': 90,
};
const DAY_MS = 86_400_000;

/** Commit timelines and delivery metrics from the recorded history. */
export class HistoryReader {
  constructor(
    private readonly service: Pick<CartographerService, 'rawWorkload'>,
    private readonly store: Pick<HistoryStore, 'read'>,
    private readonly now: () => number = Date.now,
  ) {}

  /** One workload's timeline; the caller has checked it may read it. */
  async timeline(subject: HistorySubject): Promise<HistoryResponse> {
    const built = await this.build(subject);
    return {
      stages: built.stages,
      revisions: built.timeline,
      deliverables: subject.deliverables.map(
        d => `${d.cluster}/${d.namespace}/${d.name}`,
      ),
      observedLate: built.observedLate,
    };
  }

  /** The metrics of the workloads the caller may read, over a window. */
  async metrics(
    subjects: HistorySubject[],
    window: MetricsWindowName,
  ): Promise<MetricsResponse> {
    const to = this.now();
    const range = {
      from: new Date(to - WINDOW_DAYS[window] * DAY_MS).toISOString(),
      to: new Date(to).toISOString(),
    };
    const built: MetricsSubject[] = [];
    for (const subject of subjects) {
      built.push(await this.build(subject));
    }
    const rows: CommitTimelineRow[] = built.flatMap(b => b.timeline);
    return {
      window,
      ...range,
      workloads: subjects.length,
      metrics: deliveryMetrics(built, range),
      trend: metricsTrend(rows, range),
      stages: stageDurations(rows, range),
    };
  }

  private async build(subject: HistorySubject) {
    const owner: HistoryOwnerKey = {
      cluster: subject.cluster,
      kind: 'Workload',
      namespace: subject.namespace,
      name: subject.name,
    };
    const { cluster, workload } = this.service.rawWorkload(
      subject.cluster,
      subject.namespace,
      subject.name,
    );
    const chain = selectedChain(
      workload,
      cluster.list<ClusterSupplyChain>('ClusterSupplyChain'),
    );
    const deliverables: HistoryOwnerKey[] = subject.deliverables.map(d => ({
      ...d,
      kind: 'Deliverable',
    }));
    const [own, delivery] = await Promise.all([
      this.store.read([owner]),
      this.store.read(deliverables),
    ]);
    const stages = historyStages(chain);
    const timeline = commitTimeline({
      stages,
      outputs: own.outputs,
      transitions: own.transitions,
      deliveryTransitions: delivery.transitions.filter(
        t => t.stage === undefined,
      ),
      repoUrl: workload.spec?.source?.git?.url,
    });
    return {
      stages,
      timeline,
      transitions: own.transitions,
      observedLate:
        own.outputs.some(o => o.observedLate) ||
        own.transitions.some(t => t.observedLate),
    };
  }
}
