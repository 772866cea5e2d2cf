/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/** What one benchmark run does; every field has a command-line flag. */
export interface BenchOptions {
  /** N: workloads (and catalog entities), measured in this order. */
  sizes: number[];
  /** Larger N measured after `sizes`, for ours alone (the curve's tail). */
  oursOnlySizes: number[];
  namespaces: number;
  /** Workloads Cartographer reconciles itself; the rest get written statuses. */
  reconciled: number;
  /** Concurrent API calls while loading. */
  loadConcurrency: number;
  sequentialRequests: number;
  concurrentClients: number;
  requestsPerClient: number;
  tabs: number;
  tabsWindowS: number;
  signalChanges: number;
  /** Requests per Workloads-index route. */
  indexRequests: number;
  /** The open-tabs window is skipped (0 s): quick runs. */
  quick: boolean;
  /** Where results/<date>.json goes. */
  outDir: string;
}

const DEFAULTS: Omit<BenchOptions, 'outDir'> = {
  sizes: [100, 1000, 10000],
  oursOnlySizes: [30000],
  namespaces: 10,
  reconciled: 100,
  loadConcurrency: 50,
  sequentialRequests: 200,
  concurrentClients: 20,
  requestsPerClient: 10,
  tabs: 20,
  tabsWindowS: 60,
  signalChanges: 20,
  indexRequests: 200,
  quick: false,
};

/** `--quick`: N=1,000 with short windows, the same table in minutes. */
const QUICK: Partial<BenchOptions> = {
  sizes: [1000],
  oursOnlySizes: [],
  sequentialRequests: 100,
  requestsPerClient: 5,
  tabsWindowS: 0,
  signalChanges: 10,
  indexRequests: 50,
  quick: true,
};

const USAGE = `yarn bench [--quick] [--sizes 100,1000,10000] [--ours-only 30000]
  [--namespaces 10] [--reconciled 100] [--load-concurrency 50] [--sequential 200]
  [--clients 20] [--per-client 10] [--tabs 20] [--tabs-window 60]
  [--signal-changes 20] [--index-requests 200] [--out <dir>]`;

const sizeList = (value: string) =>
  value === '' ? [] : value.split(',').map(Number);

/**
 * Parses `--flag value` pairs (`--quick` stands alone and sets the quick
 * defaults, which later flags override); unknown flags are an error.
 */
export function parseOptions(argv: string[], repoRoot: string): BenchOptions {
  const quick = argv.includes('--quick');
  const options: BenchOptions = {
    ...DEFAULTS,
    ...(quick ? QUICK : {}),
    outDir: `${repoRoot}/bench-results`,
  };
  const pairs = argv.filter(a => a !== '--quick');
  const numeric: Record<string, keyof BenchOptions> = {
    '--namespaces': 'namespaces',
    '--reconciled': 'reconciled',
    '--load-concurrency': 'loadConcurrency',
    '--sequential': 'sequentialRequests',
    '--clients': 'concurrentClients',
    '--per-client': 'requestsPerClient',
    '--tabs': 'tabs',
    '--tabs-window': 'tabsWindowS',
    '--signal-changes': 'signalChanges',
    '--index-requests': 'indexRequests',
  };
  for (let k = 0; k < pairs.length; k += 2) {
    const [flag, value] = [pairs[k], pairs[k + 1]];
    if (flag === '--help' || value === undefined) {
      throw new Error(`usage: ${USAGE}`);
    }
    if (flag === '--sizes') {
      options.sizes = sizeList(value);
    } else if (flag === '--ours-only') {
      options.oursOnlySizes = sizeList(value);
    } else if (flag === '--out') {
      options.outDir = value;
    } else if (numeric[flag]) {
      (options as unknown as Record<string, number>)[numeric[flag]] =
        Number(value);
    } else {
      throw new Error(`unknown flag ${flag}\nusage: ${USAGE}`);
    }
  }
  const bad = [
    ...options.sizes,
    ...options.oursOnlySizes,
    options.namespaces,
  ].some(n => !Number.isInteger(n) || n < 1);
  if (bad) throw new Error(`sizes and namespaces must be positive integers`);
  options.sizes.sort((a, b) => a - b);
  const largest = options.sizes.at(-1) ?? 0;
  // Loaded after the shared sizes on the same cluster, so only larger ones.
  options.oursOnlySizes = options.oursOnlySizes
    .filter(n => n > largest)
    .sort((a, b) => a - b);
  return options;
}
