/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { MemoryUsage } from './backend/protocol';
import type { Machine } from './machine';
import { INDEX_ROUTE_NAMES } from './measure/indexRoutes';
import type { AuthenticatedResult } from './measure/measureAuthenticated';
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
  /** Absent at a size measured for ours alone. */
  kubernetes?: BackendResult;
  /** Real auth as a restricted user (not at ours-only sizes). */
  cartographerAuth?: AuthenticatedResult;
  kubernetesAuth?: AuthenticatedResult;
  /** Why the real-auth phase failed (a leak fails it too). */
  authError?: string;
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
      if (!r.openTabs) return 'not run';
      const perMinute = 60 / r.openTabs.windowS;
      return `${num(r.openTabs.apiRequestsPerMinute)} (${num(
        watchRenewals(r.openTabs.kinds) * perMinute,
      )})`;
    },
  ],
  ...INDEX_ROUTE_NAMES.map((route): Row => [
    `index ${route} p50 / p95 / p99 (ms)`,
    r => (r.index ? triple(r.index[route]) : 'no index'),
  ]),
  ['signals published by the initial list', r => num(r.signalsDuringSync)],
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
    'RSS / heap after the search collation and Lunr build, in-process (MB)',
    r =>
      r.memoryAfterCollation
        ? `${r.memoryAfterCollation.rssMB} / ${r.memoryAfterCollation.heapUsedMB}`
        : '–',
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

type AuthRow = [string, (r: AuthenticatedResult) => string];

/** The same figures with real auth, as the restricted user. */
const AUTH_ROWS: AuthRow[] = [
  ['real auth: tab sequential p50 / p95 / p99 (ms)', r => triple(r.sequential)],
  ['real auth: tab 20 clients p50 / p95 / p99 (ms)', r => triple(r.concurrent)],
  ...INDEX_ROUTE_NAMES.map((route): AuthRow => [
    `real auth: index ${route} p50 / p95 / p99 (ms)`,
    r => (r.index ? triple(r.index[route]) : 'no index'),
  ]),
  [
    'real auth: answers checked / workloads shown outside the allowed namespace',
    r => `${num(r.answersChecked)} / ${num(r.outsideShown)}`,
  ],
];

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
      s.kubernetes ? cell(s.kubernetes, s) : '–',
    ]);
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  }
  for (const [label, cell] of AUTH_ROWS) {
    const cells = results.sizes.flatMap(s => [
      s.cartographerAuth ? cell(s.cartographerAuth) : '–',
      s.kubernetesAuth ? cell(s.kubernetesAuth) : '–',
    ]);
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** One target of the issue: what was measured, ours and stock, and whether it is met. */
export interface TargetRow {
  target: string;
  ours: string;
  stock: string;
  /** undefined: not measured in this run (its size was not run). */
  met: boolean | undefined;
  /** A figure the issue asks for, without a threshold. */
  figureOnly?: boolean;
}

const TAB_SEQUENTIAL_P99_MS = 10;
const TAB_CONCURRENT_P99_MS = 100;
const FASTER_THAN_STOCK = 10;
const FLAT_COST_RATIO = 1.5;
const INDEX_P99_MS = 50;
const INITIAL_SYNC_MS = 5000;
const COLLATION_MS = 15_000;
const RSS_ABOVE_HARNESS_MB = 150;
const RSS_GROWTH_UNDER_LOAD = 1.5;
const SIGNAL_P95_MS = 1000;
const FLEET = 10_000;

const nLabel = (n: number) => `N=${num(n)}`;

/**
 * The size a target is judged at: `n` when it was measured, else the
 * largest one below it (so a quick run still shows the figure, marked).
 * A comparison with stock needs a size where stock ran too.
 */
function sizeFor(results: BenchResults, n: number, withStock = false) {
  const usable = results.sizes.filter(s => !withStock || s.kubernetes);
  const exact = usable.find(s => s.load.n === n);
  const size = exact ?? usable.filter(s => s.load.n < n).at(-1) ?? usable[0];
  return {
    size,
    at: size
      ? `${nLabel(size.load.n)}${exact ? '' : ` (${nLabel(n)} not run)`}: `
      : '',
    exact: !!exact,
  };
}

/** Met only when measured at the target's own N. */
const judged = (exact: boolean, ok: boolean) => (exact ? ok : undefined);

/** Everything above the harness alone, in MB. */
const aboveHarness = (size: SizeResult, m: MemoryUsage) =>
  m.rssMB - size.baseline.rssMB;

/** Every target of the issue, in its order, from one run's results. */
export function targets(results: BenchResults): TargetRow[] {
  const rows: TargetRow[] = [];
  const big = sizeFor(results, FLEET);
  const b = big.size;
  if (!b) return rows;
  const ours = b.cartographer;
  // Absent when N=10,000 ran for ours alone.
  const stock = b.kubernetes;
  const of = (pick: (r: BackendResult) => string) =>
    stock ? pick(stock) : '–';

  rows.push({
    target: `1. tab request at N=10,000, sequential p99 ≤ ${TAB_SEQUENTIAL_P99_MS} ms`,
    ours: `${big.at}${ms(ours.sequential.p99)} ms`,
    stock: of(r => `${ms(r.sequential.p99)} ms`),
    met: judged(big.exact, ours.sequential.p99 <= TAB_SEQUENTIAL_P99_MS),
  });
  rows.push({
    target: `1. tab request at N=10,000, 20 clients p99 ≤ ${TAB_CONCURRENT_P99_MS} ms`,
    ours: `${big.at}${ms(ours.concurrent.p99)} ms`,
    stock: of(r => `${ms(r.concurrent.p99)} ms`),
    met: judged(big.exact, ours.concurrent.p99 <= TAB_CONCURRENT_P99_MS),
  });
  for (const n of [1000, FLEET]) {
    const { size, at, exact } = sizeFor(results, n, true);
    if (!size?.kubernetes) continue;
    for (const mode of ['sequential', 'concurrent'] as const) {
      const o = size.cartographer[mode].p50;
      const k = size.kubernetes[mode].p50;
      rows.push({
        target: `1. ≥ ${FASTER_THAN_STOCK}x faster than stock at p50, ${mode === 'sequential' ? 'sequential' : '20 clients'}, ${nLabel(n)}`,
        ours: `${at}${ms(o)} ms: ${(k / o).toFixed(1)}x`,
        stock: `${ms(k)} ms`,
        met: judged(exact, k / o >= FASTER_THAN_STOCK),
      });
    }
  }

  const small = results.sizes.find(s => s.load.n === 100);
  const ratio =
    small && ours.sequential.p50 / small.cartographer.sequential.p50;
  rows.push({
    target: `2. flat cost: sequential p50 at N=10,000 ≤ ${FLAT_COST_RATIO}x p50 at N=100`,
    ours: small
      ? `${big.at}${ms(ours.sequential.p50)} ms vs ${ms(small.cartographer.sequential.p50)} ms: ${ratio!.toFixed(2)}x`
      : 'N=100 not run',
    stock:
      small?.kubernetes && stock
        ? `${(stock.sequential.p50 / small.kubernetes.sequential.p50).toFixed(2)}x`
        : '–',
    met: judged(big.exact && !!small, (ratio ?? Infinity) <= FLAT_COST_RATIO),
  });
  const tail = results.sizes.filter(s => !s.kubernetes).at(-1);
  rows.push({
    target:
      '2. one larger N for ours alone (30,000 or the largest that loads in 10 min): sequential p50 / p99',
    ours: tail
      ? `${nLabel(tail.load.n)} (loaded in ${Math.round(tail.load.loadS)} s): ${ms(tail.cartographer.sequential.p50)} / ${ms(tail.cartographer.sequential.p99)} ms`
      : 'not run',
    stock: '–',
    met: tail ? tail.load.n >= 30_000 || tail.load.loadS >= 600 : undefined,
  });

  for (const [route, s] of Object.entries(ours.index ?? {})) {
    rows.push({
      target: `3. Workloads index ${route} p99 ≤ ${INDEX_P99_MS} ms at N=10,000`,
      ours: `${big.at}${ms(s.p99)} ms`,
      stock: 'no index',
      met: judged(big.exact, s.p99 <= INDEX_P99_MS),
    });
  }

  rows.push({
    target: `4. initial sync of N=10,000 ≤ ${INITIAL_SYNC_MS / 1000} s (listening → every kind ready)`,
    ours: `${big.at}${ms(ours.initialSyncMs)} ms`,
    stock: 'no cache',
    met: judged(big.exact, (ours.initialSyncMs ?? Infinity) <= INITIAL_SYNC_MS),
  });
  rows.push({
    target:
      '4. the initial list publishes no signal per object (signals until sync, every N)',
    ours: results.sizes
      .map(s => `${nLabel(s.load.n)}: ${num(s.cartographer.signalsDuringSync)}`)
      .join(', '),
    stock: '–',
    met: results.sizes.every(s => s.cartographer.signalsDuringSync === 0),
  });

  const collated = ours.collation;
  rows.push({
    target: `5. search collation of N=10,000 ≤ ${COLLATION_MS / 1000} s end to end (paging through the API)`,
    ours:
      collated && 'documents' in collated
        ? `${big.at}${ms(collated.collateMs)} ms for ${num(collated.documents)} documents`
        : 'not measured',
    stock: '–',
    met: judged(
      big.exact,
      !!collated &&
        'documents' in collated &&
        collated.collateMs <= COLLATION_MS,
    ),
  });

  const synced = aboveHarness(b, ours.memoryAfterSync);
  const loaded = aboveHarness(b, ours.memoryAfterLoad);
  rows.push({
    target: `6. RSS above the harness ≤ ${RSS_ABOVE_HARNESS_MB} MB at N=10,000 after sync`,
    ours: `${big.at}${mb(synced)} MB`,
    stock: of(r => `${mb(aboveHarness(b, r.memoryAfterSync))} MB`),
    met: judged(big.exact, synced <= RSS_ABOVE_HARNESS_MB),
  });
  rows.push({
    target: `6. RSS above the harness after the load phases (tabs, index, signals; before the collation) ≤ ${RSS_GROWTH_UNDER_LOAD}x after sync`,
    ours: `${big.at}${mb(loaded)} MB: ${(loaded / synced).toFixed(2)}x`,
    stock: of(r => `${mb(aboveHarness(b, r.memoryAfterLoad))} MB`),
    met: judged(big.exact, loaded <= RSS_GROWTH_UNDER_LOAD * synced),
  });
  rows.push({
    target:
      '6. bytes per cached workload (heap after sync minus code loaded, / N)',
    ours: results.sizes
      .map(s => `${nLabel(s.load.n)}: ${num(Math.round(bytesPerWorkload(s)))}`)
      .join(', '),
    stock: '–',
    met: undefined,
    figureOnly: true,
  });

  const auth = b.cartographerAuth;
  const stockAuth = b.kubernetesAuth;
  if (auth && stockAuth) {
    rows.push({
      target: `7. real auth, restricted user: tab sequential p99 ≤ ${TAB_SEQUENTIAL_P99_MS} ms (p50 / p99)`,
      ours: `${big.at}${ms(auth.sequential.p50)} / ${ms(auth.sequential.p99)} ms`,
      stock: `${ms(stockAuth.sequential.p50)} / ${ms(stockAuth.sequential.p99)} ms`,
      met: judged(big.exact, auth.sequential.p99 <= TAB_SEQUENTIAL_P99_MS),
    });
    rows.push({
      target: `7. real auth, restricted user: tab 20 clients p99 ≤ ${TAB_CONCURRENT_P99_MS} ms (p50 / p99)`,
      ours: `${big.at}${ms(auth.concurrent.p50)} / ${ms(auth.concurrent.p99)} ms`,
      stock: `${ms(stockAuth.concurrent.p50)} / ${ms(stockAuth.concurrent.p99)} ms`,
      met: judged(big.exact, auth.concurrent.p99 <= TAB_CONCURRENT_P99_MS),
    });
    for (const [route, s] of Object.entries(auth.index ?? {})) {
      rows.push({
        target: `7. real auth, restricted user: index ${route} p99 ≤ ${INDEX_P99_MS} ms`,
        ours: `${big.at}${ms(s.p99)} ms`,
        stock: 'no index',
        met: judged(big.exact, s.p99 <= INDEX_P99_MS),
      });
    }
  }
  const checked = results.sizes.filter(s => s.cartographerAuth);
  const failed = results.sizes.filter(s => s.authError);
  rows.push({
    target:
      '7. the restricted user (1 of 10 namespaces) sees nothing of the other namespaces (asserted on every answer)',
    ours:
      [
        ...checked.map(
          s =>
            `${nLabel(s.load.n)}: ${num(s.cartographerAuth!.answersChecked)} answers, ${s.cartographerAuth!.outsideShown} outside`,
        ),
        ...failed.map(s => `${nLabel(s.load.n)} FAILED: ${s.authError}`),
      ].join('; ') || 'not run',
    stock: checked
      .map(s =>
        s.kubernetesAuth
          ? `${num(s.kubernetesAuth.outsideShown)} of ${num(s.kubernetesAuth.answersChecked)} answers outside (no namespace rules)`
          : '–',
      )
      .join('; '),
    met:
      checked.length || failed.length
        ? failed.length === 0 &&
          checked.every(s => s.cartographerAuth!.outsideShown === 0)
        : undefined,
  });

  rows.push({
    target: `8. status change → signal p95 < ${SIGNAL_P95_MS} ms at N=10,000`,
    ours: `${big.at}${ms(ours.signal?.p95)} ms (${ours.signal?.missed ?? 0} missed)`,
    stock: 'no signals',
    met: judged(
      big.exact,
      (ours.signal?.p95 ?? Infinity) < SIGNAL_P95_MS && !ours.signal?.missed,
    ),
  });
  return rows;
}

/** Heap the started plugin holds per cached workload. */
export function bytesPerWorkload(size: SizeResult): number {
  const heapMB =
    size.cartographer.memoryAfterSync.heapUsedMB - size.code.heapUsedMB;
  return (heapMB * 1048576) / size.load.n;
}

/** The targets as Markdown: target / ours / stock / met. */
export function targetsTable(results: BenchResults): string {
  const met = (r: TargetRow) => {
    if (r.figureOnly) return '–';
    if (r.met === undefined) return 'not run';
    return r.met ? 'yes' : 'no';
  };
  return [
    '| target | ours (measured) | stock | met |',
    '| --- | --- | --- | --- |',
    ...targets(results).map(
      r => `| ${r.target} | ${r.ours} | ${r.stock} | ${met(r)} |`,
    ),
  ].join('\n');
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
