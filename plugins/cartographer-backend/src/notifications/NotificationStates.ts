/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { DatabaseService } from '@backstage/backend-plugin-api';
import { NotificationRecord } from '@internal/plugin-cartographer-common';
import { Knex } from 'knex';
import { migratedClient, TableMigration } from '../service/migrate';

const TABLE = 'notification_states';

/** One Workload or Deliverable: its uid, so a re-created one of the same name is new. */
export interface NotificationStateKey {
  cluster: string;
  uid: string;
}

/** A stored record and the revision a change must match to replace it. */
export interface StoredNotificationState {
  record: NotificationRecord;
  revision: number;
}

const migration: TableMigration = {
  name: '20261201_notification_states',
  tableName: 'cartographer_notification_knex_migrations',
  async up(knex: Knex) {
    await knex.schema.createTable(TABLE, table => {
      table.string('cluster').notNullable();
      table.string('uid').notNullable();
      table.text('record').notNullable();
      table.integer('revision').notNullable();
      table.timestamp('updated_at').notNullable().index();
      table.primary(['cluster', 'uid']);
    });
  },
  async down(knex: Knex) {
    await knex.schema.dropTable(TABLE);
  },
};

/**
 * The last notified state of every Workload and Deliverable, shared by all
 * replicas. A change is notified by the replica whose compare-and-set of
 * the record wins; the others see the new revision and stay quiet. Kept
 * across restarts, so a workload failed before a restart is not "newly
 * failed" after it.
 */
export class NotificationStates {
  private constructor(private readonly db: Knex) {}

  static async create(options: {
    database: DatabaseService;
  }): Promise<NotificationStates> {
    return new NotificationStates(
      await migratedClient(options.database, migration),
    );
  }

  async get(
    key: NotificationStateKey,
  ): Promise<StoredNotificationState | undefined> {
    const row = await this.db(TABLE)
      .where({ cluster: key.cluster, uid: key.uid })
      .first();
    return row
      ? { record: JSON.parse(row.record), revision: Number(row.revision) }
      : undefined;
  }

  /**
   * Stores `record` if the stored revision is still `expected` (undefined:
   * no row yet). True when this call won and so must send what it decided.
   */
  async compareAndSet(
    key: NotificationStateKey,
    expected: number | undefined,
    record: NotificationRecord,
  ): Promise<boolean> {
    const values = { record: JSON.stringify(record), updated_at: new Date() };
    if (expected === undefined) {
      const inserted = await this.db(TABLE)
        .insert({ ...key, ...values, revision: 1 })
        .onConflict(['cluster', 'uid'])
        .ignore()
        .returning('uid');
      return inserted.length > 0;
    }
    const updated = await this.db(TABLE)
      .where({ cluster: key.cluster, uid: key.uid, revision: expected })
      .update({ ...values, revision: expected + 1 });
    return updated === 1;
  }

  /** Forgets a deleted object. */
  async forget(key: NotificationStateKey): Promise<void> {
    await this.db(TABLE).where({ cluster: key.cluster, uid: key.uid }).delete();
  }
}
