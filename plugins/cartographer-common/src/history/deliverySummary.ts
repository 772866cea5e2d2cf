/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { DeliveryMetrics } from './deliveryMetrics';
import { formatDuration } from './formatDuration';

/** A workload's delivery metrics as one table cell shows them. @public */
export interface DeliverySummaryText {
  /** Compact: deployments · lead time median · change failure rate. */
  short: string;
  /** Each metric spelled out, for the tooltip and screen readers. */
  label: string;
}

const percent = (rate: number) => `${Math.round(rate * 100)} %`;
const plural = (count: number, noun: string) =>
  `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * The delivery summary of one workload's row: "4 · 3m · 25 %", spelled out
 * as "4 deployments in 30 days, lead time median 3m 20s, change failure
 * rate 25 % (1 of 4 revisions)"; a dash and "no history yet" when nothing
 * of the workload is recorded.
 * @public
 */
export function deliverySummary(
  item: { recorded: boolean; metrics: DeliveryMetrics } | undefined,
  days: number,
): DeliverySummaryText {
  if (!item?.recorded) return { short: '–', label: 'no history yet' };
  const { deploymentFrequency, leadTime, changeFailure } = item.metrics;
  const lead = leadTime.toPublished.medianMs;
  const { rate, failed, revisions } = changeFailure;
  // Only the largest unit fits the cell; the label has the exact figure.
  const shortLead = formatDuration(lead).split(' ')[0];
  const spelledRate =
    rate === undefined
      ? 'no change failure rate (no revision)'
      : `change failure rate ${percent(rate)} (${failed} of ${plural(revisions, 'revision')})`;
  return {
    short: [
      deploymentFrequency.published,
      shortLead,
      rate === undefined ? '–' : percent(rate),
    ].join(' · '),
    label: [
      `${plural(deploymentFrequency.published, 'deployment')} in ${days} days`,
      lead === undefined
        ? 'no lead time (nothing published)'
        : `lead time median ${formatDuration(lead)}`,
      spelledRate,
    ].join(', '),
  };
}
