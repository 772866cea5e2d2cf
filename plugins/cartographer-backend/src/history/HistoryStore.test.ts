/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { HistoryRecords } from '@internal/plugin-cartographer-common';
import { readHistoryOptions } from './config';
import { HistoryStore } from './HistoryStore';

jest.setTimeout(60_000);

// PostgreSQL when scripts/test.sh exported its connection string, SQLite always.
const databases = TestDatabases.create({
  ids: ['POSTGRES_15', 'SQLITE_3'],
  disableDocker: true,
});

const owner = {
  cluster: 'local',
  kind: 'Workload' as const,
  namespace: 'dev',
  name: 'app',
};
const DAY = 86_400_000;
const NOW = Date.parse('2026-12-01T12:00:00Z');

const records = (at: string): HistoryRecords => ({
  outputs: [
    {
      owner,
      stage: 'source-provider',
      output: { revision: 'main@sha1:abc', url: 'u' },
      firstSeen: at,
      observedLate: false,
    },
  ],
  transitions: [
    {
      owner,
      to: 'False',
      from: 'True',
      reason: 'HealthyConditionRule',
      message: 'build failed',
      at,
      observedLate: true,
    },
  ],
});

describe('HistoryStore', () => {
  it.each(databases.eachSupportedId())(
    'writes 1,200 records in one call (more than SQLite takes in one INSERT), %p',
    async databaseId => {
      const store = await HistoryStore.create({
        database: mockServices.database({
          knex: await databases.init(databaseId),
        }),
      });
      const many = Array.from({ length: 600 }, (_, i) =>
        records(new Date(NOW - i * 60_000).toISOString()),
      );
      await store.write({
        outputs: many.flatMap(r => r.outputs),
        transitions: many.flatMap(r => r.transitions),
      });
      expect(await store.counts()).toEqual({ outputs: 600, transitions: 600 });
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps one row of a record two replicas write, and reads it back, %p',
    async databaseId => {
      const database = mockServices.database({
        knex: await databases.init(databaseId),
      });
      const [one, two] = await Promise.all([
        HistoryStore.create({ database }),
        HistoryStore.create({ database }),
      ]);
      const at = '2026-12-01T10:00:00Z';
      await Promise.all([one.write(records(at)), two.write(records(at))]);
      await one.write(records(at));
      expect(await two.counts()).toEqual({ outputs: 1, transitions: 1 });
      expect(await one.read([owner])).toEqual({
        outputs: [
          { ...records(at).outputs[0], firstSeen: '2026-12-01T10:00:00.000Z' },
        ],
        transitions: [
          { ...records(at).transitions[0], at: '2026-12-01T10:00:00.000Z' },
        ],
      });
      expect(await one.read([{ ...owner, name: 'other' }])).toEqual({
        outputs: [],
        transitions: [],
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'deletes only records older than the retention, %p',
    async databaseId => {
      const store = await HistoryStore.create({
        database: mockServices.database({
          knex: await databases.init(databaseId),
        }),
      });
      await store.write(records(new Date(NOW - 91 * DAY).toISOString()));
      await store.write(records(new Date(NOW - 89 * DAY).toISOString()));
      await expect(store.prune(90 * DAY, NOW)).resolves.toBe(2);
      expect(await store.counts()).toEqual({ outputs: 1, transitions: 1 });
    },
  );
});

describe('readHistoryOptions', () => {
  it.each([
    ['defaults to 90 days', {}, 90 * DAY],
    ['reads a HumanDuration', { retention: { days: 30 } }, 30 * DAY],
    ['reads an ISO duration', { retention: 'P7D' }, 7 * DAY],
  ])('%s', (_, history, expected) => {
    expect(
      readHistoryOptions(new ConfigReader({ cartographer: { history } }))
        .retentionMs,
    ).toBe(expected);
  });

  it('names the key of an invalid retention', () => {
    expect(() =>
      readHistoryOptions(
        new ConfigReader({ cartographer: { history: { retention: 'soon' } } }),
      ),
    ).toThrow(/retention/);
  });
});
