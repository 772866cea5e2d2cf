/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import type { PhaseResult } from './replay';

/** What one database measured, on the sample of workloads replayed. */
export interface DatabaseMeasurement {
  database: string;
  warmUp: PhaseResult;
  day: PhaseResult;
  /** Table + index bytes after the warm-up and after the day. */
  bytesAfterWarmUp: number;
  bytesAfterDay: number;
}

export interface HistoryBenchInput {
  /** Workloads the figures are for (--workloads). */
  workloads: number;
  /** Workloads actually replayed; below `workloads` the rest is scaled. */
  sample: number;
  commitsPerDay: number;
  /** Status changes Cartographer wrote per captured commit, in order. */
  capturedChanges: number[];
  measurements: DatabaseMeasurement[];
}

export interface HistoryBenchRow {
  database: string;
  /** Status changes of one day for `workloads` workloads. */
  changes: number;
  writesPerChange: number;
  readsPerChange: number;
  rowsPerCommit: number;
  /** Table + index bytes after the day, for `workloads` workloads. */
  bytesAfterDay: number;
  /** What the day added, for `workloads` workloads. */
  bytesPerDay: number;
  changesPerSecond: number;
  /** Whether the counts and sizes were scaled up from the sample. */
  extrapolated: boolean;
}

const rowsOf = (p: PhaseResult) => p.rows.outputs + p.rows.transitions;

/**
 * The figures for `workloads` workloads from a replay of `sample`: counts
 * and sizes scale linearly (every workload replays the same captured
 * changes, so each adds the same rows); ratios and throughput do not.
 */
export function historyBenchRows(input: HistoryBenchInput): HistoryBenchRow[] {
  const scale = input.workloads / input.sample;
  return input.measurements.map(m => {
    const commits = input.sample * input.commitsPerDay;
    return {
      database: m.database,
      changes: Math.round(m.day.changes * scale),
      writesPerChange: m.day.statements.writes / m.day.changes,
      readsPerChange: m.day.statements.reads / m.day.changes,
      rowsPerCommit: (rowsOf(m.day) - rowsOf(m.warmUp)) / commits,
      bytesAfterDay: Math.round(m.bytesAfterDay * scale),
      bytesPerDay: Math.round((m.bytesAfterDay - m.bytesAfterWarmUp) * scale),
      changesPerSecond: m.day.changes / m.day.seconds,
      extrapolated: scale !== 1,
    };
  });
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const fixed = (v: number, digits = 2) => v.toFixed(digits);
const whole = (v: number) => Math.round(v).toLocaleString('en');

/** The Markdown the command prints and writes (and the README quotes). */
export function historyBenchMarkdown(
  input: HistoryBenchInput,
  rows: HistoryBenchRow[],
): string {
  const scaled = rows.some(r => r.extrapolated);
  const replayed = input.capturedChanges.slice(1).reduce((a, b) => a + b, 0);
  const scope = scaled
    ? `; measured on ${whole(input.sample)} workloads, counts and sizes scaled linearly to ${whole(input.workloads)}.`
    : '.';
  const lines = [
    `History writes for ${whole(input.workloads)} workloads × ${input.commitsPerDay} commits in one day ` +
      `(each replaying the ${replayed} status changes the real Cartographer wrote for ${input.commitsPerDay} commits through source-to-url, ` +
      `after the ${input.capturedChanges[0]} of its creation)${scope}`,
    '',
    '| Database | Status changes / day | Write statements / change | Reads / change | Rows / commit | Table + index after the day | Added by the day | Recorder throughput |',
    '| --- | --: | --: | --: | --: | --: | --: | --: |',
    ...rows.map(
      r =>
        `| ${r.database} | ${whole(r.changes)} | ${fixed(r.writesPerChange)} | ${fixed(r.readsPerChange)} | ${fixed(r.rowsPerCommit, 1)} | ${mib(r.bytesAfterDay)} | ${mib(r.bytesPerDay)} | ${whole(r.changesPerSecond)} changes/s |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
