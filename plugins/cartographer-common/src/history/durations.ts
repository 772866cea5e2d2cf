/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/** Median and 90th percentile of a set of durations. @public */
export interface DurationSummary {
  count: number;
  medianMs?: number;
  p90Ms?: number;
}

/** Nearest-rank percentile of sorted values; undefined for none. */
function percentile(sorted: number[], p: number): number | undefined {
  if (!sorted.length) return undefined;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

/** Count, median and p90 of durations, by nearest rank. @public */
export function summarizeDurations(durations: number[]): DurationSummary {
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    count: sorted.length,
    medianMs: percentile(sorted, 0.5),
    p90Ms: percentile(sorted, 0.9),
  };
}
