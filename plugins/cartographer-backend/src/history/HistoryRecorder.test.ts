/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { FleetListener } from '../cache/ClusterFleet';
import { HistoryRecorder } from './HistoryRecorder';
import { HistoryStore } from './HistoryStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['POSTGRES_15', 'SQLITE_3'],
  disableDocker: true,
});

const T = '2026-12-01T10:00:00Z';
/** A Ready workload whose source stage handed on one revision. */
const workload = (i: number) => ({
  kind: 'Workload',
  metadata: {
    namespace: `ns-${i % 10}`,
    name: `app-${i}`,
    creationTimestamp: '2026-11-30T10:00:00Z',
  },
  status: {
    conditions: [
      { type: 'Ready', status: 'True', reason: 'Ready', lastTransitionTime: T },
    ],
    resources: [
      {
        name: 'source-provider',
        conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: T }],
        outputs: [
          {
            name: 'revision',
            preview: `main@sha1:${i.toString(16).padStart(7, '0')}\n`,
            digest: `sha256:${i}`,
            lastTransitionTime: T,
          },
        ],
      },
    ],
  },
});

/** A fleet whose first list reports `count` workloads in one go. */
function firstList(count: number) {
  let listener: FleetListener = () => {};
  return {
    fleet: {
      onChange: (l: FleetListener) => {
        listener = l;
        return () => {};
      },
    },
    list: () => {
      for (let i = 0; i < count; i++) {
        listener('local', 'Workload', {
          type: 'added',
          object: workload(i),
          initial: true,
        });
      }
    },
  };
}

describe('HistoryRecorder', () => {
  it.each(databases.eachSupportedId())(
    "records a first list of 250 workloads in a few queries, and a restart's first list adds nothing, %p",
    async databaseId => {
      const store = await HistoryStore.create({
        database: mockServices.database({
          knex: await databases.init(databaseId),
        }),
      });
      const calls = { read: 0, write: 0 };
      const counted = {
        read: (...args: Parameters<HistoryStore['read']>) => {
          calls.read++;
          return store.read(...args);
        },
        write: (...args: Parameters<HistoryStore['write']>) => {
          calls.write++;
          return store.write(...args);
        },
      };
      const start = async () => {
        const source = firstList(250);
        const recorder = new HistoryRecorder({
          fleet: source.fleet,
          store: counted,
          logger: mockServices.logger.mock(),
        });
        recorder.attach();
        source.list();
        await recorder.idle();
      };

      await start();
      // One read and one write per 100 workloads, not one each.
      expect(calls).toEqual({ read: 3, write: 3 });
      const recorded = await store.counts();
      expect(recorded.outputs).toBe(250);
      expect(recorded.transitions).toBeGreaterThanOrEqual(250);

      calls.read = calls.write = 0;
      await start();
      expect(calls).toEqual({ read: 3, write: 0 });
      expect(await store.counts()).toEqual(recorded);
    },
  );
});
