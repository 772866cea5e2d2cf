/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { CommitTimelineRow } from './commitTimeline';
import type { MetricsWindow } from './deliveryMetrics';
import { summarizeDurations } from './durations';

/** One day of the window, for the trend chart. @public */
export interface MetricsDay {
  /** The UTC day, YYYY-MM-DD. */
  day: string;
  /** Configs published that day. */
  published: number;
  /** Revisions first seen that day that failed on the way. */
  failed: number;
  /** Median lead time (first seen → published) of that day's publications. */
  leadTimeMedianMs?: number;
}

/** A stage's median duration over the revisions published in a window. @public */
export interface StageDuration {
  stage: string;
  medianMs: number;
  count: number;
}

const DAY_MS = 86_400_000;
const time = (iso: string) => Date.parse(iso);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const inWindow = (iso: string | undefined, window: MetricsWindow) =>
  iso !== undefined &&
  time(iso) >= time(window.from) &&
  time(iso) <= time(window.to);

/**
 * Per UTC day of the window: configs published, failed revisions and the
 * median lead time; every day is present, zero or not, so a chart's axis is
 * the window.
 * @public
 */
export function metricsTrend(
  rows: CommitTimelineRow[],
  window: MetricsWindow,
): MetricsDay[] {
  const days: MetricsDay[] = [];
  const last = dayOf(time(window.to));
  for (let ms = time(window.from); ; ms += DAY_MS) {
    const day = dayOf(ms);
    const published = rows.filter(
      r =>
        inWindow(r.publishedAt, window) && dayOf(time(r.publishedAt!)) === day,
    );
    const entry: MetricsDay = {
      day,
      published: published.length,
      failed: rows.filter(
        r =>
          r.failed &&
          inWindow(r.firstSeen, window) &&
          dayOf(time(r.firstSeen)) === day,
      ).length,
    };
    const lead = summarizeDurations(
      published.map(r => time(r.publishedAt!) - time(r.firstSeen)),
    ).medianMs;
    if (lead !== undefined) entry.leadTimeMedianMs = lead;
    days.push(entry);
    if (day >= last) return days;
  }
}

/**
 * Each stage's median duration over the revisions published in the window,
 * in the order the stages come in the rows.
 * @public
 */
export function stageDurations(
  rows: CommitTimelineRow[],
  window: MetricsWindow,
): StageDuration[] {
  const durations = new Map<string, number[]>();
  for (const row of rows.filter(r => inWindow(r.publishedAt, window))) {
    for (const stage of row.stages.slice(1)) {
      if (stage.durationMs === undefined) continue;
      durations.set(stage.stage, [
        ...(durations.get(stage.stage) ?? []),
        stage.durationMs,
      ]);
    }
  }
  return [...durations].map(([stage, values]) => ({
    stage,
    medianMs: summarizeDurations(values).medianMs!,
    count: values.length,
  }));
}
