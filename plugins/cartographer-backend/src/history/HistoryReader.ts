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
  WorkloadsMetricsResponse,
} from '@internal/plugin-cartographer-common';
import { CartographerService } from '../service/CartographerService';
import { selectedChain } from '../service/summaries';
import { byOwner, HistoryStore, StoredHistory } from './HistoryStore';

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

const workloadOwner = (subject: HistorySubject): HistoryOwnerKey => ({
  cluster: subject.cluster,
  kind: 'Workload',
  namespace: subject.namespace,
  name: subject.name,
});

const deliverableOwners = (subject: HistorySubject): HistoryOwnerKey[] =>
  subject.deliverables.map(d => ({ ...d, kind: 'Deliverable' }));

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
    const range = this.range(window);
    const built: MetricsSubject[] = await this.buildAll(subjects);
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

  /**
   * The metrics of each workload on its own, for the rows of the workloads
   * index: the same computation as {@link HistoryReader.metrics}, over
   * records read for all of them at once.
   */
  async metricsPerWorkload(
    subjects: HistorySubject[],
    window: MetricsWindowName,
  ): Promise<WorkloadsMetricsResponse> {
    const range = this.range(window);
    const built = await this.buildAll(subjects);
    return {
      window,
      ...range,
      items: subjects.map((subject, index) => ({
        workload: `${subject.cluster}/${subject.namespace}/${subject.name}`,
        recorded: built[index].recorded,
        metrics: deliveryMetrics([built[index]], range),
      })),
    };
  }

  private range(window: MetricsWindowName) {
    const to = this.now();
    return {
      from: new Date(to - WINDOW_DAYS[window] * DAY_MS).toISOString(),
      to: new Date(to).toISOString(),
    };
  }

  private async build(subject: HistorySubject) {
    return (await this.buildAll([subject]))[0];
  }

  /**
   * The timelines of many workloads from two reads of the store (their
   * own records, their Deliverables' records), so the number of queries
   * does not grow with the number of workloads.
   */
  private async buildAll(subjects: HistorySubject[]) {
    const [own, delivery] = await Promise.all([
      this.store.read(subjects.map(workloadOwner)),
      this.store.read(subjects.flatMap(deliverableOwners)),
    ]);
    const ownOf = byOwner(own);
    const deliveryOf = byOwner(delivery);
    return subjects.map(subject =>
      this.assemble(
        subject,
        ownOf([workloadOwner(subject)]),
        deliveryOf(deliverableOwners(subject)),
      ),
    );
  }

  private assemble(
    subject: HistorySubject,
    own: StoredHistory,
    delivery: StoredHistory,
  ) {
    const { cluster, workload } = this.service.rawWorkload(
      subject.cluster,
      subject.namespace,
      subject.name,
    );
    const chain = selectedChain(
      workload,
      cluster.list<ClusterSupplyChain>('ClusterSupplyChain'),
    );
    const stages = historyStages(chain);
    const timeline = commitTimeline({
      stages,
      outputs: own.outputs,
      transitions: own.transitions,
      deliveryTransitions: delivery.transitions.filter(
        t => t.stage === undefined,
      ),
      deliveryOutputs: delivery.outputs,
      repoUrl: workload.spec?.source?.git?.url,
    });
    return {
      stages,
      timeline,
      transitions: own.transitions,
      recorded: own.outputs.length > 0 || own.transitions.length > 0,
      observedLate:
        own.outputs.some(o => o.observedLate) ||
        own.transitions.some(t => t.observedLate),
    };
  }
}
