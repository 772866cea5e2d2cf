/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * Test helpers for the replica tier: a PostgreSQL of its own
 * (scripts/postgres.sh), N real backend processes behind the proxy
 * (scripts/replicas.mjs, the same launcher `start.sh --replicas` uses),
 * guest tokens and a signals WebSocket client.
 */
import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import knexFactory from 'knex';
import WebSocket from 'ws';

const run = promisify(execFile);
// Test code, never bundled, so __dirname is this source folder.
// eslint-disable-next-line no-restricted-syntax
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

export const sleep = (ms: number) =>
  new Promise(resolve => setTimeout(resolve, ms));

export interface Replica {
  name: string;
  port: number;
  pid: number;
  ready: boolean;
  exited: boolean;
  log: string;
}

export interface PostgresConnection {
  host: string;
  port: number;
  user: string;
  password: string;
}

/**
 * A PostgreSQL server run by scripts/postgres.sh in its own folder under
 * .local-postgres/, so a tier that restarts it disturbs nobody else.
 */
export class LocalPostgres {
  constructor(readonly home: string) {}

  get configFile() {
    return path.join(this.home, 'app-config.postgres.yaml');
  }

  up = () => this.script('up');
  restart = () => this.script('restart');
  down = () => this.script('down');

  connection(): PostgresConnection {
    const read = (file: string) =>
      fs.readFileSync(path.join(this.home, file), 'utf8').trim();
    return {
      host: '127.0.0.1',
      port: Number(read('port')),
      user: 'backstage',
      password: read('password'),
    };
  }

  /** Runs one query on one of its databases. */
  async query<T = Record<string, unknown>>(
    database: string,
    sql: string,
    params: unknown[] = [],
  ): Promise<T[]> {
    const db = knexFactory({
      client: 'pg',
      connection: { ...this.connection(), database },
    });
    try {
      return (await db.raw(sql, params as any[])).rows as T[];
    } finally {
      await db.destroy();
    }
  }

  async dropDatabases(prefix: string) {
    const rows = await this.query<{ datname: string }>(
      'postgres',
      'SELECT datname FROM pg_database WHERE datname LIKE ?',
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await this.query(
        'postgres',
        `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`,
      );
    }
  }

  private async script(command: string) {
    await run('bash', [path.join(REPO_ROOT, 'scripts/postgres.sh'), command], {
      env: { ...process.env, CARTOGRAPHER_POSTGRES_DIR: this.home },
    });
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ReplicaSet {
  proxyUrl: string;
  replicas(): Replica[];
  url(replica: Replica): string;
  /** Kills a replica's whole process group at once, as a crash would. */
  kill(replica: Replica): void;
  stop(): Promise<void>;
}

/**
 * Starts `count` replicas with the given config files layered over the
 * demo's app-config.yaml, each database name prefixed with `prefix`, and
 * resolves once all answer their readiness probe. `stop()` drops those
 * databases, unless `keepDatabases` (a set that joins another set's
 * databases for a while leaves them to the other).
 */
export async function startReplicaSet(options: {
  count: number;
  configs: string[];
  postgres: LocalPostgres;
  prefix: string;
  workDir: string;
  timeoutMs?: number;
  keepDatabases?: boolean;
}): Promise<ReplicaSet> {
  const proxyPort = await freePort();
  // Consecutive ports from a free one; a clash shows up as a failed start.
  const firstPort = await freePort();
  const stateFile = path.join(options.workDir, 'replicas.json');
  const args = [
    path.join(REPO_ROOT, 'scripts/replicas.mjs'),
    '--replicas',
    String(options.count),
    '--proxy-port',
    String(proxyPort),
    '--first-port',
    String(firstPort),
    '--log-dir',
    path.join(options.workDir, 'logs'),
    '--state-file',
    stateFile,
    '--restart',
  ];
  for (const config of [
    path.join(REPO_ROOT, 'app-config.yaml'),
    options.postgres.configFile,
    ...options.configs,
  ]) {
    args.push('--config', config);
  }
  const proxyUrl = `http://127.0.0.1:${proxyPort}`;
  const launcher: ChildProcess = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      APP_CONFIG_backend_baseUrl: proxyUrl,
      APP_CONFIG_backend_database_prefix: options.prefix,
      // Jest sets NODE_ENV=test; the replicas run as `start.sh` runs them.
      NODE_ENV: 'development',
    },
  });
  const replicas = (): Replica[] => {
    try {
      return JSON.parse(fs.readFileSync(stateFile, 'utf8')).replicas;
    } catch {
      return [];
    }
  };
  const deadline = Date.now() + (options.timeoutMs ?? 240_000);
  for (;;) {
    const current = replicas();
    if (current.length === options.count && current.every(r => r.ready)) {
      break;
    }
    if (launcher.exitCode !== null || Date.now() > deadline) {
      const logs = current
        .map(r => `${r.name}:\n${tail(r.log, 30)}`)
        .join('\n');
      stopGroup(launcher.pid!, 'SIGKILL');
      for (const replica of current) stopGroup(replica.pid, 'SIGKILL');
      // Nothing of a failed start is left behind in PostgreSQL.
      if (!options.keepDatabases) {
        await options.postgres.dropDatabases(options.prefix).catch(() => {});
      }
      throw new Error(`the replicas did not become ready\n${logs}`);
    }
    await sleep(1000);
  }
  return {
    proxyUrl,
    replicas,
    url: replica => `http://127.0.0.1:${replica.port}`,
    kill: replica => stopGroup(replica.pid, 'SIGKILL'),
    async stop() {
      stopGroup(launcher.pid!, 'SIGTERM');
      const until = Date.now() + 20_000;
      while (launcher.exitCode === null && Date.now() < until) {
        await sleep(200);
      }
      for (const replica of replicas()) stopGroup(replica.pid, 'SIGKILL');
      stopGroup(launcher.pid!, 'SIGKILL');
      if (!options.keepDatabases) {
        await options.postgres.dropDatabases(options.prefix);
      }
    },
  };
}

function stopGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export function readLog(replica: Replica): string {
  // Strip the colours of the development log format.
  // eslint-disable-next-line no-control-regex
  return fs.readFileSync(replica.log, 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
}

export function makeWorkDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cartographer-replicas-'));
}

/** A guest sign-in through `baseUrl`: the demo's operator. */
export async function guestToken(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!response.ok) throw new Error(`guest sign-in: ${response.status}`);
  const body = (await response.json()) as {
    backstageIdentity: { token: string };
  };
  return body.backstageIdentity.token;
}

export interface ReceivedSignal {
  channel: string;
  message: Record<string, string>;
}

/** What a browser's signals connection does: one socket, many channels. */
export class SignalsClient {
  readonly received: ReceivedSignal[] = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', data => {
      this.received.push(JSON.parse(data.toString()));
    });
  }

  static async connect(baseUrl: string, token: string) {
    const socket = new WebSocket(
      `${baseUrl.replace(/^http/, 'ws')}/api/signals`,
      token,
    );
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new SignalsClient(socket);
  }

  subscribe(channel: string) {
    this.socket.send(JSON.stringify({ action: 'subscribe', channel }));
  }

  on(channel: string): ReceivedSignal[] {
    return this.received.filter(s => s.channel === channel);
  }

  get open() {
    return this.socket.readyState === WebSocket.OPEN;
  }

  close() {
    this.socket.close();
  }
}
