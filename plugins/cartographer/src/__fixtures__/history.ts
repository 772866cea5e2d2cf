/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  commitTimeline,
  deliveryMetrics,
  HistoryResponse,
  MetricsResponse,
  metricsTrend,
  ReadyTransitionRecord,
  stageDurations,
  StageOutputRecord,
  WorkloadsMetricsResponse,
} from '@internal/plugin-cartographer-common';

const owner = {
  cluster: 'local',
  kind: 'Workload' as const,
  namespace: 'dev',
  name: 'shop-frontend',
};
const STAGES = ['source-provider', 'image-builder', 'app-config'];
const SHA_OLD = '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b';
const SHA_NEW = '0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e';

const output = (
  stage: string,
  firstSeen: string,
  revision?: string,
): StageOutputRecord => ({
  owner,
  stage,
  output: revision ? { revision } : { digest: `${stage}@${firstSeen}` },
  firstSeen,
  observedLate: false,
});

/** Two commits: the older published, the newer failed at image-builder. */
const outputs = [
  output('source-provider', '2026-12-01T10:00:00Z', `main@sha1:${SHA_OLD}`),
  output('image-builder', '2026-12-01T10:03:20Z'),
  output('app-config', '2026-12-01T10:03:50Z'),
  output('source-provider', '2026-12-01T11:00:00Z', `main@sha1:${SHA_NEW}`),
];
const transitions: ReadyTransitionRecord[] = [
  {
    owner,
    stage: 'image-builder',
    from: 'True',
    to: 'False',
    reason: 'HealthyConditionRule',
    message: 'buildpack detection failed: no go.mod',
    at: '2026-12-01T11:01:00Z',
    observedLate: false,
  },
];

const revisions = commitTimeline({
  stages: STAGES,
  outputs,
  transitions,
  repoUrl: 'https://github.com/sample-org/shop-frontend',
});

export const shopFrontendHistory: HistoryResponse = {
  stages: STAGES,
  revisions,
  deliverables: [],
  observedLate: false,
};

const window = {
  from: '2026-11-25T12:00:00.000Z',
  to: '2026-12-02T12:00:00.000Z',
};

export const shopFrontendMetrics: MetricsResponse = {
  window: '7d',
  ...window,
  workloads: 1,
  metrics: deliveryMetrics([{ timeline: revisions, transitions }], window),
  trend: metricsTrend(revisions, window),
  stages: stageDurations(revisions, window),
};

/**
 * GET /metrics/workloads: shop-frontend with its history, fraud-detector
 * known but with nothing recorded, every other workload absent.
 */
export function workloadsMetricsOf(ids: string[]): WorkloadsMetricsResponse {
  const named = (id: string, name: string) => id.endsWith(`/${name}`);
  return {
    window: '30d',
    ...window,
    items: ids
      .filter(id => named(id, 'shop-frontend') || named(id, 'fraud-detector'))
      .map(id =>
        named(id, 'shop-frontend')
          ? {
              workload: id,
              recorded: true,
              metrics: shopFrontendMetrics.metrics,
            }
          : {
              workload: id,
              recorded: false,
              metrics: deliveryMetrics([], window),
            },
      ),
  };
}
