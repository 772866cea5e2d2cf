/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export { commitLink } from './commitLink';
export type { CommitLink } from './commitLink';
export { diffObservations } from './diffObservations';
export { commitTimeline } from './commitTimeline';
export type {
  CommitTimelineInput,
  CommitTimelineRow,
  TimelineFailure,
  TimelineStage,
} from './commitTimeline';
export { deliveryMetrics, summarizeDurations } from './deliveryMetrics';
export type {
  DeliveryMetrics,
  DurationSummary,
  MetricsSubject,
  MetricsWindow,
} from './deliveryMetrics';
export type * from './types';
export { ownerSnapshot, snapshotFromRecords } from './ownerSnapshot';
export { historyStages } from './historyStages';
export { metricsTrend, stageDurations } from './metricsTrend';
export type { MetricsDay, StageDuration } from './metricsTrend';
export { formatDuration } from './formatDuration';
export { deliverySummary } from './deliverySummary';
export type { DeliverySummaryText } from './deliverySummary';
export { metricsMembersFilter } from './metricsMembers';
export type { MetricsEntitySource } from './metricsMembers';
