/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { NotFoundError } from '@backstage/errors';
import {
  PreviewResponse,
  Refusal,
  WorkloadDetailResponse,
  WorkloadDraftRequest,
} from '@internal/plugin-cartographer-common';
import { CartographerBackendApi } from '@internal/plugin-cartographer-node';

/** A preview that accepts the draft, selected by `chain`. */
export function acceptedPreview(
  chain = 'source-to-url',
  refusals: Refusal[] = [],
): PreviewResponse {
  return {
    cluster: 'local',
    validationErrors: [],
    selection: {
      outcome: refusals.some(r => r.rule === 'selection') ? 'none' : 'selected',
      selected: chain,
      message: `matched ${chain}`,
      candidates: [],
    },
    approved: true,
    chainReady: true,
    refusals,
    exists: false,
  };
}

/** A workload detail in the given state with the given stage states. */
export function workloadDetail(
  ready: 'True' | 'False' | 'Unknown',
  stages: Record<string, 'ready' | 'pending' | 'failed'>,
  supplyChain: string | undefined = 'source-to-url',
): WorkloadDetailResponse {
  return {
    workload: {
      cluster: 'local',
      namespace: 'dev',
      name: 'hello',
      labels: {},
      supplyChain,
      state: ready === 'True' ? 'ready' : 'pending',
      summary: ready === 'True' ? 'Ready' : 'in progress',
      source: {},
      stale: false,
      entityRefs: [],
    },
    spec: {},
    conditions: [{ type: 'Ready', status: ready }],
    graph: {
      nodes: Object.entries(stages).map(([name, state]) => ({
        name,
        templateKind: 'ClusterTemplate',
        state,
        outputs: [],
        conditions:
          state === 'failed'
            ? [{ type: 'Ready', status: 'False', message: 'image pull failed' }]
            : [],
      })),
      edges: [],
      orphaned: [],
    },
    selection: { outcome: 'selected', message: '', candidates: [] },
    deliverables: [],
    diagnosis: {
      state: ready === 'True' ? 'ready' : 'pending',
      category: ready === 'True' ? 'healthy' : 'waitingForOutput',
      summary: ready === 'True' ? 'Ready' : 'image-builder is still building',
      staleStatus: false,
    },
  };
}

/**
 * A CartographerBackendApi whose preview accepts and whose apply echoes the
 * draft back, every method a jest mock for overrides and assertions.
 */
export function fakeCartographerClient(
  overrides: Partial<Record<keyof CartographerBackendApi, jest.Mock>> = {},
): jest.Mocked<CartographerBackendApi> {
  const client = {
    getClusters: jest.fn(async () => ({ clusters: [] })),
    getSupplyChains: jest.fn(async () => ({ items: [], clusters: [] })),
    getRunnables: jest.fn(async () => ({
      items: [],
      totalItems: 0,
      clusters: [],
    })),
    getWorkloads: jest.fn(async () => ({
      items: [],
      totalItems: 0,
      clusters: [],
    })),
    getWorkload: jest.fn(async () => {
      throw new NotFoundError('not yet');
    }),
    previewWorkload: jest.fn(async () => acceptedPreview()),
    applyWorkload: jest.fn(
      async (
        request: WorkloadDraftRequest,
        { dryRun }: { dryRun?: boolean },
      ) => ({
        cluster: 'local',
        dryRun: !!dryRun,
        created: true,
        supplyChain: 'source-to-url',
        workload: {
          ...request.draft,
          metadata: {
            ...request.draft.metadata,
            uid: 'uid-1',
            resourceVersion: '7',
          },
          status: { conditions: [] },
        },
      }),
    ),
  };
  return Object.assign(
    client,
    overrides,
  ) as unknown as jest.Mocked<CartographerBackendApi>;
}
