/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { mockServices } from '@backstage/backend-test-utils';
import { TestPipeline } from '@backstage/plugin-search-backend-node';
import {
  cartographerWorkloadReadPermission,
  RunnableSummary,
} from '@internal/plugin-cartographer-common';
import { CartographerBackendApi } from '@internal/plugin-cartographer-node';
import { CartographerRunnableCollatorFactory } from './CartographerRunnableCollatorFactory';
import { clusterInfo } from './__testUtils__';

function runnable(cluster: string, name: string): RunnableSummary {
  return {
    cluster,
    namespace: 'qa',
    name,
    labels: { team: 'qa' },
    state: 'failed',
    reason: 'SucceededCondition',
    message: 'smoke test timed out',
    runTemplate: 'smoke-run',
    stale: false,
  };
}

describe('CartographerRunnableCollatorFactory', () => {
  it('indexes each cluster’s Runnables page by page and skips a failing cluster', async () => {
    const logger = mockServices.logger.mock();
    const getRunnables = jest.fn(async ({ cluster, cursor }: any) => {
      if (cluster === 'down') throw new Error('connect ECONNREFUSED');
      return cursor
        ? { items: [runnable(cluster, 'second')], totalItems: 2, clusters: [] }
        : {
            items: [runnable(cluster, 'first')],
            totalItems: 2,
            nextCursor: 'MQ',
            clusters: [],
          };
    });
    const client = {
      getClusters: async () => ({
        clusters: [clusterInfo('one'), clusterInfo('down', 'error')],
      }),
      getRunnables,
    } as unknown as CartographerBackendApi;
    const factory = new CartographerRunnableCollatorFactory({
      client,
      auth: mockServices.auth(),
      logger,
      batchSize: 1,
    });
    expect(factory.type).toBe('cartographer-runnable');
    expect(factory.visibilityPermission).toBe(
      cartographerWorkloadReadPermission,
    );

    const { documents } = await TestPipeline.fromCollator(
      await factory.getCollator(),
    ).execute();

    expect(documents).toEqual([
      {
        title: 'first',
        text: 'Runnable first in namespace qa on cluster one. Runs ClusterRunTemplate smoke-run. State: failed (SucceededCondition). smoke test timed out. Labels: team=qa.',
        location: '/cartographer/runnables/one/qa/first',
        authorization: { resourceRef: 'one/qa/first' },
        cluster: 'one',
        namespace: 'qa',
        name: 'first',
        state: 'failed',
        reason: 'SucceededCondition',
        runTemplate: 'smoke-run',
      },
      expect.objectContaining({
        title: 'second',
        location: '/cartographer/runnables/one/qa/second',
      }),
    ]);
    expect(getRunnables.mock.calls.map(c => c[0])).toEqual([
      { cluster: 'one', limit: 1, cursor: undefined },
      { cluster: 'one', limit: 1, cursor: 'MQ' },
      { cluster: 'down', limit: 1, cursor: undefined },
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      'Cartographer search: cannot read the Runnables of cluster down, left out of this index run: connect ECONNREFUSED',
    );
  });
});
