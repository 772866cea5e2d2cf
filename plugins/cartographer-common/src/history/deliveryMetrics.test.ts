/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { owner } from './__fixtures__/owner';
import { CommitTimelineRow } from './commitTimeline';
import { deliveryMetrics, summarizeDurations } from './deliveryMetrics';
import { ReadyTransitionRecord } from './types';

const MIN = 60_000;
const at = (minute: number) =>
  new Date(Date.UTC(2026, 11, 1, 0, minute)).toISOString();
const WEEK = { from: at(0), to: at(7 * 24 * 60) };

const row = (
  first: number,
  build: number | undefined,
  publish: number | undefined,
  extra: Partial<CommitTimelineRow> = {},
): CommitTimelineRow => ({
  revision: `r${first}`,
  firstSeen: at(first),
  stages: [
    { stage: 'source-provider', reachedAt: at(first), durationMs: 0 },
    build === undefined
      ? { stage: 'image-builder' }
      : {
          stage: 'image-builder',
          reachedAt: at(build),
          durationMs: (build - first) * MIN,
        },
    publish === undefined
      ? { stage: 'config-writer' }
      : {
          stage: 'config-writer',
          reachedAt: at(publish),
          durationMs: (publish - (build ?? first)) * MIN,
        },
  ],
  publishedAt: publish === undefined ? undefined : at(publish),
  ...extra,
});
const ready = (to: 'True' | 'False', minute: number, stage?: string) =>
  ({
    owner,
    stage,
    to,
    at: at(minute),
    observedLate: false,
  }) as ReadyTransitionRecord;

describe('summarizeDurations', () => {
  it.each([
    [[], { count: 0, medianMs: undefined, p90Ms: undefined }],
    [[5], { count: 1, medianMs: 5, p90Ms: 5 }],
    [[4, 1, 3, 2], { count: 4, medianMs: 2, p90Ms: 4 }],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { count: 10, medianMs: 5, p90Ms: 9 }],
  ])('summarizes %j by nearest rank', (durations, expected) => {
    expect(summarizeDurations(durations)).toEqual(expected);
  });
});

describe('deliveryMetrics', () => {
  it('gives zeros and no rates without revisions', () => {
    expect(deliveryMetrics([], WEEK)).toEqual({
      deploymentFrequency: { published: 0, delivered: 0, perDay: 0 },
      leadTime: {
        toPublished: { count: 0 },
        toDelivered: { count: 0 },
        slowestStage: undefined,
      },
      changeFailure: { revisions: 0, failed: 0, rate: undefined },
      timeToRestore: { count: 0, unrestored: 0 },
    });
  });

  it('computes the four metrics over the window and leaves out what lies outside it', () => {
    const metrics = deliveryMetrics(
      [
        {
          timeline: [
            row(10, 12, 20, { deliveredAt: at(25) }),
            row(100, 130, 140),
            // Failed on the way, never published.
            row(200, undefined, undefined, {
              failed: { stage: 'image-builder', at: at(201) },
            }),
            // Published after the window.
            row(7 * 24 * 60 - 1, 7 * 24 * 60 + 1, 7 * 24 * 60 + 5),
          ],
          transitions: [
            ready('False', 201),
            ready('False', 202, 'image-builder'),
            ready('True', 231),
          ],
        },
        {
          timeline: [row(-100, -90, -80)],
          // A failure that is never restored.
          transitions: [ready('False', 300)],
        },
      ],
      WEEK,
    );
    expect(metrics).toEqual({
      deploymentFrequency: { published: 2, delivered: 1, perDay: 2 / 7 },
      leadTime: {
        toPublished: { count: 2, medianMs: 10 * MIN, p90Ms: 40 * MIN },
        toDelivered: { count: 1, medianMs: 15 * MIN, p90Ms: 15 * MIN },
        slowestStage: { stage: 'config-writer', medianMs: 8 * MIN },
      },
      changeFailure: { revisions: 4, failed: 1, rate: 0.25 },
      timeToRestore: {
        count: 1,
        medianMs: 30 * MIN,
        p90Ms: 30 * MIN,
        unrestored: 1,
      },
    });
  });
});
