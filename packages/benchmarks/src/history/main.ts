/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * yarn bench:history: database writes per status change and table size per
 * 10,000 workloads per day, from the real HistoryRecorder and HistoryStore
 * replaying what the real Cartographer wrote for real commits.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { captureCommits } from './capture';
import { BenchDatabase, postgresDatabase, sqliteDatabase } from './databases';
import { replay } from './replay';
import {
  DatabaseMeasurement,
  historyBenchMarkdown,
  historyBenchRows,
} from './report';

const USAGE = `yarn bench:history [--workloads 10000] [--commits-per-day 10]
  [--sample 2000] [--databases sqlite,postgres] [--out <dir>]`;

interface HistoryBenchOptions {
  workloads: number;
  commitsPerDay: number;
  /** Workloads replayed; counts and sizes are scaled from them. */
  sample: number;
  databases: Array<'sqlite' | 'postgres'>;
  outDir: string;
}

const repoRoot = path.resolve(
  resolvePackagePath('@internal/benchmarks'),
  '../..',
);

function parseOptions(argv: string[]): HistoryBenchOptions {
  const options: HistoryBenchOptions = {
    workloads: 10_000,
    commitsPerDay: 10,
    sample: 2_000,
    databases: ['sqlite', 'postgres'],
    outDir: path.join(repoRoot, 'bench-results'),
  };
  const count = (flag: string, value: string | undefined) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) {
      throw new Error(`${flag} needs a positive whole number\n${USAGE}`);
    }
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    i += 1;
    if (flag === '--workloads') options.workloads = count(flag, value);
    else if (flag === '--commits-per-day') {
      options.commitsPerDay = count(flag, value);
    } else if (flag === '--sample') options.sample = count(flag, value);
    else if (flag === '--databases') {
      const names = (value ?? '').split(',');
      if (!names.every(n => n === 'sqlite' || n === 'postgres')) {
        throw new Error(`--databases takes sqlite,postgres\n${USAGE}`);
      }
      options.databases = names as HistoryBenchOptions['databases'];
    } else if (flag === '--out') options.outDir = value ?? options.outDir;
    else throw new Error(`unknown flag ${flag}\n${USAGE}`);
  }
  options.sample = Math.min(options.sample, options.workloads);
  return options;
}

async function measure(
  db: BenchDatabase,
  captured: Awaited<ReturnType<typeof captureCommits>>,
  sample: number,
  log: (line: string) => void,
): Promise<DatabaseMeasurement> {
  log(`${db.name}: replaying for ${sample} workloads`);
  try {
    const { warmUp, day } = await replay(
      db.knex,
      captured,
      sample,
      db.bytes,
      log,
    );
    return {
      database: db.name,
      warmUp,
      day,
      bytesAfterWarmUp: warmUp.bytes,
      bytesAfterDay: day.bytes,
    };
  } finally {
    await db.drop();
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const log = (line: string) =>
    process.stderr.write(`[bench:history] ${line}\n`);
  const started = Date.now();
  log(
    `capturing a creation and ${options.commitsPerDay} commits through source-to-url on the local cluster`,
  );
  const captured = await captureCommits(options.commitsPerDay, log);
  const measurements: DatabaseMeasurement[] = [];
  for (const name of options.databases) {
    const db =
      name === 'sqlite'
        ? await sqliteDatabase()
        : await postgresDatabase(repoRoot);
    measurements.push(await measure(db, captured, options.sample, log));
  }
  const input = {
    workloads: options.workloads,
    sample: options.sample,
    commitsPerDay: options.commitsPerDay,
    capturedChanges: captured.map(c => c.length),
    measurements,
  };
  const rows = historyBenchRows(input);
  const markdown = historyBenchMarkdown(input, rows);
  process.stdout.write(markdown);
  const date = new Date().toISOString();
  const stamp = date.replace(/[:.]/g, '-');
  await fs.mkdir(options.outDir, { recursive: true });
  const base = path.join(options.outDir, `history-${stamp}`);
  await fs.writeFile(
    `${base}.json`,
    `${JSON.stringify({ date, command: `yarn bench:history ${process.argv.slice(2).join(' ')}`.trim(), options, input, rows, elapsedS: (Date.now() - started) / 1000 }, null, 2)}\n`,
  );
  await fs.writeFile(`${base}.md`, markdown);
  log(
    `wrote ${base}.json and .md in ${Math.round((Date.now() - started) / 1000)} s`,
  );
}

main().then(
  () => process.exit(0),
  error => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
