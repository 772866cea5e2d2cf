/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ResponseError } from '@backstage/errors';
import {
  MetricsWindowName,
  PreviewResponse,
  WorkloadDraftRequest,
} from '@internal/plugin-cartographer-common';
import { CartographerApi, RunnablesQuery, WorkloadKey } from '../api';
import {
  configWriterStage,
  experimentalSummary,
  fraudDetector,
  fraudDetectorDetail,
  imageBuilderStage,
  nightlySmoke,
  nightlySmokeDetail,
  readyCluster,
  reportWorker,
  reportWorkerDetail,
  searchUi,
  searchUiDetail,
  shopFrontend,
  shopFrontendDetail,
  sourceProviderStage,
  sourceToUrlDetail,
  sourceToUrlSummary,
  workloadsResponse,
} from '../__fixtures__/cartographer';
import {
  shopFrontendHistory,
  shopFrontendMetrics,
  workloadsMetricsOf,
} from '../__fixtures__/history';

const details = [
  shopFrontendDetail,
  fraudDetectorDetail,
  reportWorkerDetail,
  searchUiDetail,
];
const stages = [imageBuilderStage, sourceProviderStage, configWriterStage];

/**
 * A CartographerApi answering from the fixtures, every method a jest mock
 * so tests can override one answer or assert the arguments.
 */
export function fakeCartographerApi(
  overrides: Partial<CartographerApi> = {},
): jest.Mocked<CartographerApi> {
  const api: jest.Mocked<CartographerApi> = {
    getClusters: jest.fn(async () => ({ clusters: [readyCluster] })),
    getWorkloads: jest.fn(async () =>
      workloadsResponse([shopFrontend, fraudDetector, reportWorker, searchUi]),
    ),
    getWorkload: jest.fn(async key => {
      const found = details.find(
        d =>
          d.workload.cluster === key.cluster &&
          d.workload.namespace === key.namespace &&
          d.workload.name === key.name,
      );
      if (!found) throw new Error(`no fixture for ${key.name}`);
      return found;
    }),
    getWorkloadHistory: jest.fn(
      async (_key: WorkloadKey) => shopFrontendHistory,
    ),
    getWorkloadMetrics: jest.fn(
      async (_key: WorkloadKey, _window: MetricsWindowName) =>
        shopFrontendMetrics,
    ),
    getMetrics: jest.fn(
      async (_query: { entityRef: string; window: MetricsWindowName }) =>
        shopFrontendMetrics,
    ),
    getWorkloadsMetrics: jest.fn(
      async (ids: string[], _window: MetricsWindowName) =>
        workloadsMetricsOf(ids),
    ),
    getStage: jest.fn(async (_key, stage) => {
      const found = stages.find(s => s.stage.name === stage);
      if (!found) throw new Error(`no fixture for stage ${stage}`);
      return found;
    }),
    getSupplyChains: jest.fn(async () => ({
      items: [sourceToUrlSummary, experimentalSummary],
      clusters: [readyCluster],
    })),
    getSupplyChain: jest.fn(
      async (_cluster: string, _name: string) => sourceToUrlDetail,
    ),
    getRunnables: jest.fn(async (_query?: RunnablesQuery) => ({
      items: [nightlySmoke],
      totalItems: 1,
      clusters: [readyCluster],
    })),
    getRunnable: jest.fn(async (_key: WorkloadKey) => nightlySmokeDetail),
    getRunnableRuns: jest.fn(async (_key: WorkloadKey, _offset: number) => ({
      items: [
        {
          ...nightlySmokeDetail.runs.items[1],
          name: 'nightly-smoke-oldest',
          current: false,
        },
      ],
      total: 3,
      warnings: [],
    })) as jest.Mocked<CartographerApi>['getRunnableRuns'],
    setSupplyChainApproval: jest.fn(
      async (_cluster: string, name: string, approved: boolean) => {
        const chain = [sourceToUrlSummary, experimentalSummary].find(
          c => c.name === name,
        );
        if (!chain) throw new Error(`no fixture for chain ${name}`);
        return {
          supplyChain: {
            ...chain,
            approved,
            approvalMechanism: approved
              ? ('label' as const)
              : ('none' as const),
            approvalBy: 'user:default/guest',
          },
        };
      },
    ),
    previewWorkload: jest.fn(
      async (_request: WorkloadDraftRequest): Promise<PreviewResponse> => {
        throw new Error('not used');
      },
    ),
  };
  return Object.assign(api, overrides);
}

/** The error the client throws for a backend answer with the given status. */
export async function responseError(
  statusCode: number,
  name: string,
  message: string,
): Promise<ResponseError> {
  const body = JSON.stringify({
    error: { name, message },
    request: { method: 'GET', url: '/api/cartographer/workloads' },
    response: { statusCode },
  });
  return ResponseError.fromResponse({
    ok: false,
    status: statusCode,
    statusText: name,
    url: 'http://localhost:7007/api/cartographer/workloads',
    headers: new Headers({ 'content-type': 'application/json' }),
    text: async () => body,
    json: async () => JSON.parse(body),
  } as unknown as Response);
}
