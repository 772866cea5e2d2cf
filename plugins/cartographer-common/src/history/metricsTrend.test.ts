/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { CommitTimelineRow } from './commitTimeline';
import { metricsTrend, stageDurations } from './metricsTrend';

const window = { from: '2026-12-01T00:00:00Z', to: '2026-12-03T12:00:00Z' };

const row = (
  firstSeen: string,
  publishedAt?: string,
  failed = false,
): CommitTimelineRow => ({
  revision: `main@sha1:${firstSeen}`,
  firstSeen,
  publishedAt,
  stages: [
    { stage: 'source', reachedAt: firstSeen, durationMs: 0 },
    {
      stage: 'image',
      durationMs: publishedAt ? 60_000 : undefined,
      reachedAt: publishedAt,
    },
    { stage: 'config', durationMs: publishedAt ? 1_000 : undefined },
  ],
  ...(failed ? { failed: { at: firstSeen } } : {}),
});

const rows = [
  row('2026-12-01T10:00:00Z', '2026-12-01T10:02:00Z'),
  row('2026-12-01T11:00:00Z', '2026-12-01T11:06:00Z'),
  row('2026-12-02T09:00:00Z', undefined, true),
  // Before the window: neither counted nor charted.
  row('2026-11-30T09:00:00Z', '2026-11-30T09:01:00Z', true),
];

describe('metricsTrend', () => {
  it('has every day of the window, with publications, failures and the median lead time', () => {
    expect(metricsTrend(rows, window)).toEqual([
      { day: '2026-12-01', published: 2, failed: 0, leadTimeMedianMs: 120_000 },
      { day: '2026-12-02', published: 0, failed: 1 },
      { day: '2026-12-03', published: 0, failed: 0 },
    ]);
  });
});

describe('stageDurations', () => {
  it('gives each stage its median over the published revisions of the window', () => {
    expect(stageDurations(rows, window)).toEqual([
      { stage: 'image', medianMs: 60_000, count: 2 },
      { stage: 'config', medianMs: 1_000, count: 2 },
    ]);
  });
});
