/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { DeliveryMetrics } from './deliveryMetrics';
import { deliverySummary } from './deliverySummary';

const metrics = (
  published: number,
  medianMs: number | undefined,
  failed: number,
  revisions: number,
): DeliveryMetrics => ({
  deploymentFrequency: { published, delivered: 0, perDay: published / 30 },
  leadTime: {
    toPublished: { count: published, medianMs, p90Ms: medianMs },
    toDelivered: { count: 0 },
  },
  changeFailure: {
    revisions,
    failed,
    rate: revisions ? failed / revisions : undefined,
  },
  timeToRestore: { count: 0, unrestored: 0 },
});

describe('deliverySummary', () => {
  it.each([
    [
      'four deployments, one failed revision',
      metrics(4, 200_000, 1, 4),
      '4 · 3m · 25 %',
      '4 deployments in 30 days, lead time median 3m 20s, change failure rate 25 % (1 of 4 revisions)',
    ],
    [
      'one deployment, no failure',
      metrics(1, 45_000, 0, 1),
      '1 · 45s · 0 %',
      '1 deployment in 30 days, lead time median 45s, change failure rate 0 % (0 of 1 revision)',
    ],
    [
      'recorded but nothing in the window',
      metrics(0, undefined, 0, 0),
      '0 · – · –',
      '0 deployments in 30 days, no lead time (nothing published), no change failure rate (no revision)',
    ],
  ])('%s', (_, m, short, label) => {
    expect(deliverySummary({ recorded: true, metrics: m }, 30)).toEqual({
      short,
      label,
    });
  });

  it('shows a dash and "no history yet" for a workload with nothing recorded', () => {
    const none = { short: '–', label: 'no history yet' };
    expect(
      deliverySummary({ recorded: false, metrics: metrics(0, 0, 0, 0) }, 30),
    ).toEqual(none);
    expect(deliverySummary(undefined, 30)).toEqual(none);
  });
});
