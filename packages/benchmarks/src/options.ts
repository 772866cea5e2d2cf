/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/** What one benchmark run does; every field has a command-line flag. */
export interface BenchOptions {
  /** N: workloads (and catalog entities), measured in this order. */
  sizes: number[];
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
  /** Where results/<date>.json goes. */
  outDir: string;
}

const DEFAULTS: Omit<BenchOptions, 'outDir'> = {
  sizes: [100, 1000, 10000],
  namespaces: 10,
  reconciled: 100,
  loadConcurrency: 50,
  sequentialRequests: 200,
  concurrentClients: 20,
  requestsPerClient: 10,
  tabs: 20,
  tabsWindowS: 60,
  signalChanges: 20,
};

const USAGE = `yarn bench [--sizes 100,1000,10000] [--namespaces 10] [--reconciled 100]
  [--load-concurrency 50] [--sequential 200] [--clients 20] [--per-client 10]
  [--tabs 20] [--tabs-window 60] [--signal-changes 20] [--out <dir>]`;

/** Parses `--flag value` pairs; unknown flags are an error. */
export function parseOptions(argv: string[], repoRoot: string): BenchOptions {
  const options: BenchOptions = {
    ...DEFAULTS,
    outDir: `${repoRoot}/bench-results`,
  };
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
  };
  for (let k = 0; k < argv.length; k += 2) {
    const [flag, value] = [argv[k], argv[k + 1]];
    if (flag === '--help' || value === undefined) {
      throw new Error(`usage: ${USAGE}`);
    }
    if (flag === '--sizes') {
      options.sizes = value.split(',').map(Number);
    } else if (flag === '--out') {
      options.outDir = value;
    } else if (numeric[flag]) {
      (options as unknown as Record<string, number>)[numeric[flag]] =
        Number(value);
    } else {
      throw new Error(`unknown flag ${flag}\nusage: ${USAGE}`);
    }
  }
  const bad = [...options.sizes, options.namespaces].some(
    n => !Number.isInteger(n) || n < 1,
  );
  if (bad) throw new Error(`sizes and namespaces must be positive integers`);
  options.sizes.sort((a, b) => a - b);
  return options;
}
