/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { createHash } from 'node:crypto';
import { DatabaseService } from '@backstage/backend-plugin-api';
import {
  HistoryOwnerKey,
  HistoryRecords,
  ReadyStatus,
  ReadyTransitionRecord,
  StageOutputRecord,
} from '@internal/plugin-cartographer-common';
import { Knex } from 'knex';
import { migratedClient, TableMigration } from '../service/migrate';

const OUTPUTS = 'history_outputs';
const TRANSITIONS = 'history_transitions';
/** The owner's own Ready condition is stored under this stage name. */
const OWNER_STAGE = '';
const OWNER_COLUMNS = ['cluster', 'kind', 'namespace', 'name'] as const;

const migration: TableMigration = {
  name: '20261201_history',
  tableName: 'cartographer_history_knex_migrations',
  async up(knex: Knex) {
    const owner = (table: Knex.CreateTableBuilder) => {
      table.string('cluster').notNullable();
      table.string('kind', 16).notNullable();
      table.string('namespace').notNullable();
      table.string('name').notNullable();
      table.string('stage').notNullable();
    };
    await knex.schema.createTable(OUTPUTS, table => {
      owner(table);
      // sha256 of the output's fields: the identity without a long key.
      table.string('output_key', 64).notNullable();
      table.text('output').notNullable();
      // Cartographer's own times, as fixed-width ISO text (see iso()).
      table.string('first_seen', 32).notNullable().index();
      table.text('input_revision');
      table.boolean('observed_late').notNullable();
      table.unique([...OWNER_COLUMNS, 'stage', 'output_key', 'first_seen'], {
        indexName: 'history_outputs_identity',
      });
    });
    await knex.schema.createTable(TRANSITIONS, table => {
      owner(table);
      table.string('to_status', 8).notNullable();
      table.string('at', 32).notNullable().index();
      table.string('from_status', 8);
      table.text('reason');
      table.text('message');
      table.boolean('observed_late').notNullable();
      table.unique([...OWNER_COLUMNS, 'stage', 'to_status', 'at'], {
        indexName: 'history_transitions_identity',
      });
    });
  },
  async down(knex: Knex) {
    await knex.schema.dropTable(TRANSITIONS);
    await knex.schema.dropTable(OUTPUTS);
  },
};

/**
 * Rows per INSERT: knex writes a multi-row insert for SQLite as a compound
 * SELECT, and SQLite refuses more than 500 terms in one.
 */
const ROWS_PER_INSERT = 250;

function chunks<T>(rows: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    result.push(rows.slice(i, i + ROWS_PER_INSERT));
  }
  return result;
}

/** One fixed-width UTC form, so text order is time order in every database. */
const iso = (time: string) => new Date(time).toISOString();

const ownerColumns = (owner: HistoryOwnerKey) => ({
  cluster: owner.cluster,
  kind: owner.kind,
  namespace: owner.namespace,
  name: owner.name,
});

/** The stored history of one or more owners. */
export interface StoredHistory {
  outputs: StageOutputRecord[];
  transitions: ReadyTransitionRecord[];
}

/**
 * Output observations and Ready transitions of Workloads and Deliverables,
 * shared by all replicas. Every record has an identity made of what
 * Cartographer wrote (owner, stage, output or status, and Cartographer's
 * own time), so replicas that see the same change, or a restarted one that
 * sees it again, insert the same key and the database keeps one row.
 */
export class HistoryStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: {
    database: DatabaseService;
  }): Promise<HistoryStore> {
    return new HistoryStore(await migratedClient(options.database, migration));
  }

  /** Inserts what is new; a record already stored is ignored. */
  async write(records: HistoryRecords): Promise<void> {
    const outputs = records.outputs.map(o => ({
      ...ownerColumns(o.owner),
      stage: o.stage,
      output_key: createHash('sha256')
        .update(JSON.stringify(o.output, Object.keys(o.output).sort()))
        .digest('hex'),
      output: JSON.stringify(o.output),
      first_seen: iso(o.firstSeen),
      input_revision: o.inputRevision ?? null,
      observed_late: o.observedLate,
    }));
    const transitions = records.transitions.map(t => ({
      ...ownerColumns(t.owner),
      stage: t.stage ?? OWNER_STAGE,
      to_status: t.to,
      at: iso(t.at),
      from_status: t.from ?? null,
      reason: t.reason ?? null,
      message: t.message ?? null,
      observed_late: t.observedLate,
    }));
    for (const rows of chunks(outputs)) {
      await this.db(OUTPUTS)
        .insert(rows)
        .onConflict([...OWNER_COLUMNS, 'stage', 'output_key', 'first_seen'])
        .ignore();
    }
    for (const rows of chunks(transitions)) {
      await this.db(TRANSITIONS)
        .insert(rows)
        .onConflict([...OWNER_COLUMNS, 'stage', 'to_status', 'at'])
        .ignore();
    }
  }

  /** The records of the owners, oldest first, optionally only since a time. */
  async read(
    owners: HistoryOwnerKey[],
    since?: string,
  ): Promise<StoredHistory> {
    if (!owners.length) return { outputs: [], transitions: [] };
    const ofOwners = (query: Knex.QueryBuilder) =>
      query.where(builder => {
        for (const owner of owners) {
          builder.orWhere(ownerColumns(owner));
        }
      });
    const [outputRows, transitionRows] = await Promise.all([
      ofOwners(this.db(OUTPUTS))
        .modify(q => (since ? q.where('first_seen', '>=', iso(since)) : q))
        .orderBy(['first_seen', 'stage']),
      ofOwners(this.db(TRANSITIONS))
        .modify(q => (since ? q.where('at', '>=', iso(since)) : q))
        .orderBy(['at', 'stage', 'to_status']),
    ]);
    return {
      outputs: outputRows.map((row: any): StageOutputRecord => ({
        owner: ownerOf(row),
        stage: row.stage,
        output: JSON.parse(row.output),
        firstSeen: row.first_seen,
        ...(row.input_revision ? { inputRevision: row.input_revision } : {}),
        observedLate: Boolean(row.observed_late),
      })),
      transitions: transitionRows.map((row: any): ReadyTransitionRecord => {
        const record: ReadyTransitionRecord = {
          owner: ownerOf(row),
          to: row.to_status as ReadyStatus,
          at: row.at,
          observedLate: Boolean(row.observed_late),
        };
        if (row.stage !== OWNER_STAGE) record.stage = row.stage;
        if (row.from_status) record.from = row.from_status;
        if (row.reason) record.reason = row.reason;
        if (row.message) record.message = row.message;
        return record;
      }),
    };
  }

  /** Deletes records older than `retentionMs`; returns how many. */
  async prune(retentionMs: number, now = Date.now()): Promise<number> {
    const cutoff = iso(new Date(now - retentionMs).toISOString());
    const [outputs, transitions] = await Promise.all([
      this.db(OUTPUTS).where('first_seen', '<', cutoff).delete(),
      this.db(TRANSITIONS).where('at', '<', cutoff).delete(),
    ]);
    return outputs + transitions;
  }

  /** Row counts, for the size figures of the tests. */
  async counts(): Promise<{ outputs: number; transitions: number }> {
    const count = async (table: string) =>
      Number(((await this.db(table).count({ n: '*' }).first()) as any)?.n ?? 0);
    return {
      outputs: await count(OUTPUTS),
      transitions: await count(TRANSITIONS),
    };
  }
}

function ownerOf(row: any): HistoryOwnerKey {
  return {
    cluster: row.cluster,
    kind: row.kind,
    namespace: row.namespace,
    name: row.name,
  };
}

/** One owner's identity as a map key. */
export const ownerKey = (owner: HistoryOwnerKey) =>
  `${owner.cluster}/${owner.kind}/${owner.namespace}/${owner.name}`;

/** Records read for many owners at once, by owner. */
export function byOwner(stored: StoredHistory) {
  const groups = new Map<string, StoredHistory>();
  const group = (owner: HistoryOwnerKey) => {
    const key = ownerKey(owner);
    if (!groups.has(key)) groups.set(key, { outputs: [], transitions: [] });
    return groups.get(key)!;
  };
  stored.outputs.forEach(o => group(o.owner).outputs.push(o));
  stored.transitions.forEach(t => group(t.owner).transitions.push(t));
  // Merged in read order, which is time order within each owner.
  return (owners: HistoryOwnerKey[]): StoredHistory => {
    const found = owners.flatMap(o => groups.get(ownerKey(o)) ?? []);
    return {
      outputs: found.flatMap(f => f.outputs),
      transitions: found.flatMap(f => f.transitions),
    };
  };
}
