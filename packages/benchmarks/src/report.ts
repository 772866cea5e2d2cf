/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { MemoryUsage } from './backend/protocol';
import type { Machine } from './machine';
import type { BackendResult } from './measure/measureBackend';
import type { BenchOptions } from './options';
import type { Summary } from './stats';

/** How the cluster was loaded for one N. */
export interface LoadResult {
  n: number;
  loadS: number;
  /** Workloads whose status Cartographer wrote itself. */
  reconciledByCartographer: number;
  /** Workloads whose status the benchmark wrote (status subresource). */
  statusWritten: number;
}

export interface SizeResult {
  load: LoadResult;
  /** The test backend with the catalog but neither plugin. */
  baseline: MemoryUsage;
  /** The same plus our plugin's modules loaded, not started. */
  code: MemoryUsage;
  cartographer: BackendResult;
  kubernetes: BackendResult;
}

export interface BenchResults {
  date: string;
  command: string;
  machine: Machine;
  options: BenchOptions;
  notes: string[];
  sizes: SizeResult[];
}

/** Milliseconds: one decimal below 10, whole numbers above. */
function ms(v: number | undefined): string {
  if (v === undefined || Number.isNaN(v)) return '–';
  return v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en');
}
const triple = (s: Summary) => `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}`;
const num = (v: number) =>
  Number.isInteger(v) ? v.toLocaleString('en') : v.toFixed(1);

/**
 * Watch requests in a describeRequests() breakdown: our caches re-open each
 * watch when the client's inactivity timeout ends it, whether tabs are open
 * or not, so they are background traffic, not caused by tab loads.
 */
function watchRenewals(kinds: string): number {
  return [...kinds.matchAll(/(?:^|, )watch [^:]+: (\d+)/g)].reduce(
    (sum, m) => sum + Number(m[1]),
    0,
  );
}

type Row = [string, (r: BackendResult, size: SizeResult) => string];

const mb = (v: number) => (Math.round(v * 10) / 10).toString();

const ROWS: Row[] = [
  ['tab request, sequential p50 / p95 / p99 (ms)', r => triple(r.sequential)],
  ['tab request, 20 clients p50 / p95 / p99 (ms)', r => triple(r.concurrent)],
  [
    'throughput, 20 clients (requests/s)',
    r => num(r.concurrent.throughputPerS),
  ],
  [
    'API server requests per tab load (+ background watch renewals in that time)',
    r => {
      const loads = r.sequential.count;
      const total = Math.round(r.apiRequestsPerTabLoad * loads);
      const renewals = watchRenewals(r.tabLoadApiRequestKinds);
      return `${num((total - renewals) / loads)} (+${renewals})`;
    },
  ],
  [
    'API server requests per minute, 20 open tabs (of which watch renewals)',
    r => {
      const perMinute = 60 / r.openTabs.windowS;
      return `${num(r.openTabs.apiRequestsPerMinute)} (${num(
        watchRenewals(r.openTabs.kinds) * perMinute,
      )})`;
    },
  ],
  ['API server requests at start', r => num(r.startupApiRequests)],
  ['first tab request after start (ms)', r => ms(r.firstRequestMs)],
  ['backend start (ms)', r => ms(r.startMs)],
  [
    'initial sync (ms)',
    r => (r.initialSyncMs === undefined ? 'no cache' : ms(r.initialSyncMs)),
  ],
  [
    'RSS / heap after sync (MB)',
    r => `${r.memoryAfterSync.rssMB} / ${r.memoryAfterSync.heapUsedMB}`,
  ],
  [
    'RSS / heap after the load phases (MB)',
    r => `${r.memoryAfterLoad.rssMB} / ${r.memoryAfterLoad.heapUsedMB}`,
  ],
  [
    'harness alone, no plugin: RSS / heap (MB)',
    (_r, size) => `${size.baseline.rssMB} / ${size.baseline.heapUsedMB}`,
  ],
  [
    "plugin's own RSS / heap after sync (MB, minus harness)",
    (r, size) =>
      `${mb(r.memoryAfterSync.rssMB - size.baseline.rssMB)} / ${mb(
        r.memoryAfterSync.heapUsedMB - size.baseline.heapUsedMB,
      )}`,
  ],
  [
    'of which the started plugin (router, caches, watches): after sync minus code loaded (MB)',
    (r, size) =>
      r.target === 'cartographer'
        ? `${mb(r.memoryAfterSync.rssMB - size.code.rssMB)} / ${mb(
            r.memoryAfterSync.heapUsedMB - size.code.heapUsedMB,
          )}`
        : '–',
  ],
  [
    'status change → signal p50 / p95 (ms)',
    r => (r.signal ? `${ms(r.signal.p50)} / ${ms(r.signal.p95)}` : '–'),
  ],
  ['search collation (ms)', r => collation(r, c => ms(c.collateMs))],
  [
    'search documents / JSON size (MB)',
    r =>
      collation(
        r,
        c => `${num(c.documents)} / ${(c.documentBytes / 1048576).toFixed(1)}`,
      ),
  ],
  [
    'Lunr index build (ms) / size (MB)',
    r =>
      collation(
        r,
        c => `${ms(c.indexMs)} / ${(c.indexBytes / 1048576).toFixed(1)}`,
      ),
  ],
];

function collation(
  r: BackendResult,
  show: (
    c: Extract<BackendResult['collation'], { documents: number }>,
  ) => string,
): string {
  if (!r.collation) return '–';
  if ('error' in r.collation) return 'not measured: collator not available';
  return show(r.collation);
}

/** The side-by-side table, as Markdown. */
export function resultsTable(results: BenchResults): string {
  const header = [
    '',
    ...results.sizes.flatMap(s => [
      `N=${num(s.load.n)} ours`,
      `N=${num(s.load.n)} stock`,
    ]),
  ];
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, k) => (k === 0 ? '---' : '---:')).join(' | ')} |`,
  ];
  for (const [label, cell] of ROWS) {
    const cells = results.sizes.flatMap(s => [
      cell(s.cartographer, s),
      cell(s.kubernetes, s),
    ]);
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** Each target of the issue, with the measured value and whether it is met. */
export function targetsTable(results: BenchResults): string {
  const at = (n: number) => results.sizes.find(s => s.load.n === n);
  const rows: string[][] = [];
  const big = at(10000);
  const mid = at(1000);
  rows.push([
    'tab request p99 < 20 ms at N=10,000 (sequential; 20 clients)',
    big
      ? `${ms(big.cartographer.sequential.p99)} ms; ${ms(big.cartographer.concurrent.p99)} ms`
      : 'N=10,000 not run',
    big
      ? verdict(
          big.cartographer.sequential.p99 < 20 &&
            big.cartographer.concurrent.p99 < 20,
          big.cartographer.sequential.p99 < 20,
        )
      : '–',
  ]);
  if (mid) {
    const seq = mid.kubernetes.sequential.p50 / mid.cartographer.sequential.p50;
    const conc =
      mid.kubernetes.concurrent.p50 / mid.cartographer.concurrent.p50;
    rows.push([
      '≥ 10x faster than stock at N=1,000 (p50, sequential; 20 clients)',
      `${seq.toFixed(1)}x; ${conc.toFixed(1)}x`,
      verdict(seq >= 10 && conc >= 10, seq >= 10 || conc >= 10),
    ]);
  }
  const perLoad = results.sizes.map(({ cartographer: r }) => {
    const loads = r.sequential.count;
    const total = Math.round(r.apiRequestsPerTabLoad * loads);
    return (total - watchRenewals(r.tabLoadApiRequestKinds)) / loads;
  });
  rows.push([
    'zero API server requests per tab load after sync (watch renewals aside)',
    perLoad.map(num).join(', '),
    verdict(
      perLoad.every(v => v === 0),
      false,
    ),
  ]);
  rows.push([
    'RSS < 300 MB at N=10,000 (process after sync; its share above the harness)',
    big
      ? `${big.cartographer.memoryAfterSync.rssMB} MB (harness alone ${big.baseline.rssMB} MB); ${mb(
          big.cartographer.memoryAfterSync.rssMB - big.baseline.rssMB,
        )} MB`
      : 'N=10,000 not run',
    big
      ? verdict(
          big.cartographer.memoryAfterSync.rssMB < 300,
          big.cartographer.memoryAfterSync.rssMB - big.baseline.rssMB < 300,
        )
      : '–',
  ]);
  const p95 = results.sizes.map(s => s.cartographer.signal?.p95 ?? NaN);
  rows.push([
    'status change → signal p95 < 1 s',
    `${p95.map(ms).join(', ')} ms`,
    verdict(
      p95.every(v => v < 1000),
      false,
    ),
  ]);
  return [
    '| target | measured (per N where several) | met |',
    '| --- | --- | --- |',
    ...rows.map(r => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function verdict(met: boolean, partly: boolean) {
  if (met) return 'yes';
  return partly ? 'partly' : 'no';
}

/** Writes `<outDir>/<date>.json` and a Markdown copy of the tables. */
export async function writeResults(results: BenchResults): Promise<string> {
  await fs.mkdir(results.options.outDir, { recursive: true });
  const stamp = results.date.replace(/:\d\d\.\d+Z$/, 'Z').replace(/:/g, '');
  const file = path.join(results.options.outDir, `${stamp}.json`);
  await fs.writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  await fs.writeFile(
    file.replace(/\.json$/, '.md'),
    `${resultsTable(results)}\n\n${targetsTable(results)}\n\n${results.notes.map(n => `- ${n}`).join('\n')}\n`,
  );
  return file;
}
