/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

/** One table's migration, with its own knex bookkeeping table. */
export interface TableMigration {
  /** The migration's name, recorded once applied. */
  name: string;
  /** knex's bookkeeping table for this migration source. */
  tableName: string;
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

/**
 * knex's migration lock serialises replicas that start together, but the
 * lock's own tables can still be created twice at once: the loser of that
 * race retries and then finds them.
 */
async function migrate(
  db: Knex,
  migration: TableMigration,
  attempts = 5,
): Promise<void> {
  const migrationSource: Knex.MigrationSource<string> = {
    getMigrations: async () => [migration.name],
    getMigrationName: name => name,
    getMigration: async () => migration,
  };
  for (let attempt = 1; ; attempt++) {
    try {
      await db.migrate.latest({
        migrationSource,
        tableName: migration.tableName,
      });
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise(resolve => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** The plugin's database client, migrated unless the app skips migrations. */
export async function migratedClient(
  database: DatabaseService,
  migration: TableMigration,
): Promise<Knex> {
  const db = await database.getClient();
  if (!database.migrations?.skip) {
    await migrate(db, migration);
  }
  return db;
}
