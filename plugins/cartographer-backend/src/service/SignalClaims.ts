/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { DatabaseService, LoggerService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import os from 'node:os';
import { migratedClient, TableMigration } from './migrate';

const TABLE = 'signal_claims';

/** One workload change, the same on every replica that watches the cluster. */
export interface SignalClaimKey {
  cluster: string;
  /** The workload's uid, so a re-created workload of the same name is new. */
  uid: string;
  /** Its resourceVersion, or `deleted` for its deletion. */
  version: string;
}

const migration: TableMigration = {
  name: '20261201_signal_claims',
  tableName: 'cartographer_knex_migrations',
  async up(knex: Knex) {
    await knex.schema.createTable(TABLE, table => {
      table.string('cluster').notNullable();
      table.string('uid').notNullable();
      table.string('version').notNullable();
      table.string('claimed_by').notNullable();
      table.timestamp('claimed_at').notNullable().index();
      table.primary(['cluster', 'uid', 'version']);
    });
  },
  async down(knex: Knex) {
    await knex.schema.dropTable(TABLE);
  },
};

/**
 * Decides which replica publishes the signal of a workload change. Every
 * replica watches every cluster and sees the same change; the first to
 * insert the change's row publishes it, the others see the conflict and
 * stay quiet. Nothing is held in memory, so a replica that dies leaves no
 * gap: whoever sees a change it never claimed publishes it.
 */
export class SignalClaims {
  private constructor(
    private readonly db: Knex,
    private readonly logger: LoggerService,
    private readonly replica: string,
  ) {}

  static async create(options: {
    database: DatabaseService;
    logger: LoggerService;
    /** Written beside each claim, to tell in the table who published. */
    replica?: string;
  }): Promise<SignalClaims> {
    const db = await migratedClient(options.database, migration);
    return new SignalClaims(
      db,
      options.logger,
      options.replica ?? `${os.hostname()}:${process.pid}`,
    );
  }

  /**
   * True when this replica is the first to claim the change and so must
   * publish it. When the database cannot be reached it answers true: a
   * repeated signal only makes a page refetch, a lost one leaves it stale.
   */
  async claim(key: SignalClaimKey): Promise<boolean> {
    try {
      const inserted = await this.db(TABLE)
        .insert({
          cluster: key.cluster,
          uid: key.uid,
          version: key.version,
          claimed_by: this.replica,
          claimed_at: new Date(),
        })
        .onConflict(['cluster', 'uid', 'version'])
        .ignore()
        .returning('uid');
      return inserted.length > 0;
    } catch (error) {
      this.logger.warn(
        `Cartographer: cannot claim a signal in the database, publishing it anyway: ${(error as Error).message}`,
      );
      return true;
    }
  }

  /** Forgets claims older than `maxAgeMs`; no watch replays a change that old. */
  async prune(maxAgeMs: number): Promise<number> {
    return this.db(TABLE)
      .where('claimed_at', '<', new Date(Date.now() - maxAgeMs))
      .delete();
  }
}
