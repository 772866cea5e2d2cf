/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { CommitTimelineRow } from './commitTimeline';
import { DurationSummary, summarizeDurations } from './durations';
import { stageDurations } from './metricsTrend';
import { ReadyTransitionRecord } from './types';

export type { DurationSummary } from './durations';
export { summarizeDurations } from './durations';

/** The window the metrics cover; `days` is one of 7, 30 or 90 in the UI. @public */
export interface MetricsWindow {
  from: string;
  to: string;
}

/** The four delivery metrics of one or more owners over a window. @public */
export interface DeliveryMetrics {
  deploymentFrequency: {
    /** Configs published (revisions reaching the chain's last stage). */
    published: number;
    /** Deliverables that became Ready, where a delivery exists. */
    delivered: number;
    perDay: number;
  };
  leadTime: {
    /** Source revision first seen → config published. */
    toPublished: DurationSummary;
    /** Source revision first seen → Deliverable Ready. */
    toDelivered: DurationSummary;
    /** The stage with the longest median duration, and that median. */
    slowestStage?: { stage: string; medianMs: number };
  };
  changeFailure: {
    revisions: number;
    failed: number;
    /** Undefined without revisions in the window. */
    rate?: number;
  };
  timeToRestore: DurationSummary & {
    /** Failures in the window not restored by its end. */
    unrestored: number;
  };
}

/** One owner's timeline and its own Ready transitions. @public */
export interface MetricsSubject {
  timeline: CommitTimelineRow[];
  transitions: ReadyTransitionRecord[];
}

const DAY_MS = 86_400_000;
const time = (iso: string) => Date.parse(iso);

/** Failed → Ready periods of one owner, from its own Ready transitions. */
function restorations(
  transitions: ReadyTransitionRecord[],
  window: MetricsWindow,
): { restored: number[]; unrestored: number } {
  const own = transitions
    .filter(t => t.stage === undefined)
    .sort((a, b) => time(a.at) - time(b.at));
  const restored: number[] = [];
  let unrestored = 0;
  let failedAt: number | undefined;
  for (const t of own) {
    if (t.to === 'False' && failedAt === undefined) failedAt = time(t.at);
    if (t.to === 'True' && failedAt !== undefined) {
      if (failedAt >= time(window.from) && time(t.at) <= time(window.to)) {
        restored.push(time(t.at) - failedAt);
      } else if (failedAt >= time(window.from) && failedAt <= time(window.to)) {
        unrestored += 1;
      }
      failedAt = undefined;
    }
  }
  if (
    failedAt !== undefined &&
    failedAt >= time(window.from) &&
    failedAt <= time(window.to)
  ) {
    unrestored += 1;
  }
  return { restored, unrestored };
}

/**
 * Deployment frequency, lead time, change failure rate and time to restore
 * over a window, from the timelines of the owners a user may read.
 * @public
 */
export function deliveryMetrics(
  subjects: MetricsSubject[],
  window: MetricsWindow,
): DeliveryMetrics {
  const from = time(window.from);
  const to = time(window.to);
  const inWindow = (iso: string | undefined) =>
    iso !== undefined && time(iso) >= from && time(iso) <= to;
  const rows = subjects.flatMap(s => s.timeline);
  const published = rows.filter(r => inWindow(r.publishedAt));
  const delivered = rows.filter(r => inWindow(r.deliveredAt));
  const seen = rows.filter(r => inWindow(r.firstSeen));

  const slowestStage = stageDurations(rows, window).reduce<
    DeliveryMetrics['leadTime']['slowestStage']
  >(
    (slowest, { stage, medianMs }) =>
      !slowest || medianMs > slowest.medianMs ? { stage, medianMs } : slowest,
    undefined,
  );

  const restore = subjects.map(s => restorations(s.transitions, window));
  const failed = seen.filter(r => r.failed).length;
  const days = Math.max(1, (to - from) / DAY_MS);
  return {
    deploymentFrequency: {
      published: published.length,
      delivered: delivered.length,
      perDay: published.length / days,
    },
    leadTime: {
      toPublished: summarizeDurations(
        published.map(r => time(r.publishedAt!) - time(r.firstSeen)),
      ),
      toDelivered: summarizeDurations(
        delivered.map(r => time(r.deliveredAt!) - time(r.firstSeen)),
      ),
      slowestStage,
    },
    changeFailure: {
      revisions: seen.length,
      failed,
      rate: seen.length ? failed / seen.length : undefined,
    },
    timeToRestore: {
      ...summarizeDurations(restore.flatMap(r => r.restored)),
      unrestored: restore.reduce((sum, r) => sum + r.unrestored, 0),
    },
  };
}
