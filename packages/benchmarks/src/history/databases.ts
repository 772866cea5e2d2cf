/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import knexFactory, { Knex } from 'knex';

/** A database of the benchmark's own, and how big its history tables are. */
export interface BenchDatabase {
  name: 'SQLite' | 'PostgreSQL';
  knex: Knex;
  /** Table and index bytes of the history tables. */
  bytes(): Promise<number>;
  /** Closes it and removes it (file or database). */
  drop(): Promise<void>;
}

const TABLES = ['history_outputs', 'history_transitions'];

/** A fresh SQLite file in a temporary directory. */
export async function sqliteDatabase(): Promise<BenchDatabase> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-history-'));
  const filename = path.join(dir, 'history.sqlite');
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename },
    useNullAsDefault: true,
  });
  return {
    name: 'SQLite',
    knex,
    // The file holds the two tables, their indexes and knex's bookkeeping
    // (a few pages): the size a deployment's disk sees.
    bytes: async () => (await fs.stat(filename)).size,
    drop: async () => {
      await knex.destroy();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A database of its own on the project's PostgreSQL (`scripts/postgres.sh
 * up`, which this starts if it is not running), dropped by `drop()`.
 */
export async function postgresDatabase(
  repoRoot: string,
): Promise<BenchDatabase> {
  await promisify(execFile)('bash', [
    path.join(repoRoot, 'scripts/postgres.sh'),
    'up',
  ]);
  const home = path.join(repoRoot, '.local-postgres');
  const read = async (file: string) =>
    (await fs.readFile(path.join(home, file), 'utf8')).trim();
  const connection = {
    host: '127.0.0.1',
    port: Number(await read('port')),
    user: 'backstage',
    password: await read('password'),
  };
  const database = `bench_history_${Date.now().toString(36)}`;
  const admin = knexFactory({
    client: 'pg',
    connection: { ...connection, database: 'postgres' },
  });
  await admin.raw(`CREATE DATABASE ${database}`);
  const knex = knexFactory({
    client: 'pg',
    connection: { ...connection, database },
  });
  return {
    name: 'PostgreSQL',
    knex,
    bytes: async () => {
      let total = 0;
      for (const table of TABLES) {
        const { rows } = await knex.raw(
          'SELECT pg_total_relation_size(?) AS n',
          [table],
        );
        total += Number(rows[0].n);
      }
      return total;
    },
    drop: async () => {
      await knex.destroy();
      await admin.raw(`DROP DATABASE IF EXISTS ${database}`);
      await admin.destroy();
    },
  };
}
