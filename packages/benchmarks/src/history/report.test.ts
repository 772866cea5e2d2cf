/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { historyBenchMarkdown, historyBenchRows } from './report';

const phase = (
  changes: number,
  writes: number,
  rows: number,
  seconds: number,
) => ({
  changes,
  statements: { writes, reads: changes / 10 },
  rows: { outputs: rows / 2, transitions: rows / 2 },
  bytes: 0,
  seconds,
});

const input = (sample: number) => ({
  workloads: 10_000,
  sample,
  commitsPerDay: 10,
  capturedChanges: [8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6],
  measurements: [
    {
      database: 'SQLite',
      // 1,000 workloads: 8,000 creation changes, then 60,000 in the day.
      warmUp: phase(8_000, 4_000, 6_000, 2),
      day: phase(60_000, 30_000, 66_000, 20),
      bytesAfterWarmUp: 1_048_576,
      bytesAfterDay: 11_534_336,
    },
  ],
});

describe('historyBenchRows', () => {
  it('scales counts and sizes from the sample, not the ratios or the throughput', () => {
    const [row] = historyBenchRows(input(1_000));
    expect(row).toEqual({
      database: 'SQLite',
      changes: 600_000,
      writesPerChange: 0.5,
      readsPerChange: 0.1,
      // (66,000 - 6,000) rows over 1,000 workloads × 10 commits.
      rowsPerCommit: 6,
      bytesAfterDay: 115_343_360,
      bytesPerDay: 104_857_600,
      changesPerSecond: 3_000,
      extrapolated: true,
    });
  });

  it('leaves the figures as measured when the sample is the whole fleet', () => {
    const [row] = historyBenchRows({ ...input(1_000), workloads: 1_000 });
    expect(row.changes).toBe(60_000);
    expect(row.bytesAfterDay).toBe(11_534_336);
    expect(row.extrapolated).toBe(false);
  });
});

describe('historyBenchMarkdown', () => {
  it('says when the figures are scaled, and what was replayed', () => {
    const scaled = historyBenchMarkdown(
      input(1_000),
      historyBenchRows(input(1_000)),
    );
    expect(scaled).toContain(
      'measured on 1,000 workloads, counts and sizes scaled linearly to 10,000',
    );
    expect(scaled).toContain(
      'the 60 status changes the real Cartographer wrote',
    );
    expect(scaled).toContain(
      '| SQLite | 600,000 | 0.50 | 0.10 | 6.0 | 110.0 MiB | 100.0 MiB | 3,000 changes/s |',
    );
    const whole = { ...input(1_000), workloads: 1_000 };
    expect(historyBenchMarkdown(whole, historyBenchRows(whole))).not.toContain(
      'scaled',
    );
  });
});
