/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { SignalClaims } from './SignalClaims';

jest.setTimeout(60_000);

// PostgreSQL when scripts/test.sh exported its connection string (the
// project's own server, scripts/postgres.sh), SQLite always.
const databases = TestDatabases.create({
  ids: ['POSTGRES_15', 'SQLITE_3'],
  disableDocker: true,
});

describe('SignalClaims', () => {
  const logger = mockServices.logger.mock();
  const change = { cluster: 'local', uid: 'u-1', version: '42' };

  async function replicas(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    const database = mockServices.database({ knex });
    // Two replicas starting together share one database.
    return Promise.all([
      SignalClaims.create({ database, logger, replica: 'replica-1' }),
      SignalClaims.create({ database, logger, replica: 'replica-2' }),
    ]);
  }

  it.each(databases.eachSupportedId())(
    'lets exactly one replica claim each change, %p',
    async databaseId => {
      const [one, two] = await replicas(databaseId);
      const answers = await Promise.all([
        one.claim(change),
        two.claim(change),
        one.claim(change),
      ]);
      expect(answers.filter(Boolean)).toHaveLength(1);
      // The next version, another workload or a deletion are new changes.
      await expect(two.claim({ ...change, version: '43' })).resolves.toBe(true);
      await expect(one.claim({ ...change, uid: 'u-2' })).resolves.toBe(true);
      await expect(one.claim({ ...change, version: 'deleted' })).resolves.toBe(
        true,
      );
      await expect(two.claim({ ...change, version: 'deleted' })).resolves.toBe(
        false,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'forgets old claims when pruned, %p',
    async databaseId => {
      const [one] = await replicas(databaseId);
      await one.claim(change);
      await expect(one.prune(60_000)).resolves.toBe(0);
      await new Promise(resolve => setTimeout(resolve, 20));
      await expect(one.prune(10)).resolves.toBe(1);
      await expect(one.claim(change)).resolves.toBe(true);
    },
  );

  it('publishes rather than loses a signal when the database fails', async () => {
    const knex = await databases.init('SQLITE_3');
    const claims = await SignalClaims.create({
      database: mockServices.database({ knex }),
      logger,
    });
    await knex.destroy();
    await expect(claims.claim(change)).resolves.toBe(true);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('cannot claim a signal in the database'),
    );
  });
});
