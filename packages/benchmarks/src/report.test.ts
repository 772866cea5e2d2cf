/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import type { BackendResult } from './measure/measureBackend';
import type { AuthenticatedResult } from './measure/measureAuthenticated';
import { parseOptions } from './options';
import { plotPoints } from './plot';
import {
  BenchResults,
  bytesPerWorkload,
  resultsTable,
  SizeResult,
  targets,
  targetsTable,
} from './report';
import { summarize } from './stats';

const latency = (p50: number, p99: number) => ({
  ...summarize([p50, p50, p50, p99]),
  p50,
  p99,
});

function backend(
  target: 'cartographer' | 'kubernetes',
  tabMs: number,
): BackendResult {
  const routes = {
    'first page (limit=50)': latency(3, 8),
    'filter (state=failed)': latency(2, 60),
    'text search (q=)': latency(4, 9),
  };
  return {
    target,
    startMs: 1000,
    initialSyncMs: target === 'cartographer' ? 2500 : undefined,
    startupApiRequests: 4,
    startupApiRequestKinds: '',
    signalsDuringSync: 0,
    memoryAfterSync: { rssMB: 200, heapUsedMB: 100, heapTotalMB: 120 },
    memoryAfterLoad: { rssMB: 250, heapUsedMB: 110, heapTotalMB: 130 },
    firstRequestMs: 5,
    sequential: latency(tabMs, tabMs * 2),
    concurrent: { ...latency(tabMs * 5, tabMs * 8), throughputPerS: 100 },
    apiRequestsPerTabLoad: 0,
    tabLoadApiRequestKinds: '',
    index: target === 'cartographer' ? routes : undefined,
    signal:
      target === 'cartographer'
        ? { ...latency(150, 300), missed: 0 }
        : undefined,
    collation:
      target === 'cartographer'
        ? {
            collateMs: 12_000,
            documents: 10_000,
            documentBytes: 1,
            indexMs: 1,
            indexBytes: 1,
          }
        : undefined,
  };
}

function auth(
  target: 'cartographer' | 'kubernetes',
  outsideShown: number,
): AuthenticatedResult {
  return {
    target,
    allowedNamespace: 'bench-3',
    sequential: latency(2, 6),
    concurrent: { ...latency(10, 40), throughputPerS: 100 },
    answersChecked: 300,
    outsideShown,
  };
}

function size(n: number, oursMs: number, stockMs: number): SizeResult {
  return {
    load: { n, loadS: 10, reconciledByCartographer: 100, statusWritten: n },
    baseline: { rssMB: 120, heapUsedMB: 40, heapTotalMB: 50 },
    code: { rssMB: 150, heapUsedMB: 60, heapTotalMB: 70 },
    cartographer: backend('cartographer', oursMs),
    kubernetes: backend('kubernetes', stockMs),
    cartographerAuth: auth('cartographer', 0),
    kubernetesAuth: auth('kubernetes', 270),
  };
}

function results(...sizes: SizeResult[]): BenchResults {
  return {
    date: '2026-12-01T18:00:00.000Z',
    command: 'yarn bench',
    machine: {
      cpus: 2,
      cpuModel: 'x',
      memoryGB: 8,
      platform: 'Linux',
      node: 'v24',
      loadAverage: 1,
    },
    options: parseOptions([], '/repo'),
    notes: [],
    sizes,
  };
}

const row = (r: BenchResults, prefix: string) =>
  targets(r).filter(t => t.target.startsWith(prefix));

describe('targets', () => {
  const full = results(
    size(100, 2, 15),
    size(1000, 2.5, 30),
    size(10000, 2.8, 40),
  );

  it('judges every target of the issue at its own N', () => {
    const rows = targets(full);
    expect(rows.map(r => r.target.slice(0, 2))).toEqual(
      expect.arrayContaining(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.']),
    );
    // Sequential p99 5.6 ms ≤ 10; 20 clients p99 22.4 ms ≤ 100.
    expect(row(full, '1. tab request at N=10,000').map(r => r.met)).toEqual([
      true,
      true,
    ]);
    // 40 / 2.8 = 14.3x sequential; 200 / 14 = 14.3x with 20 clients.
    expect(row(full, '1. ≥ 10x').map(r => r.met)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    // 2.8 / 2 = 1.4x ≤ 1.5x.
    expect(row(full, '2. flat cost')[0]).toMatchObject({ met: true });
    expect(row(full, '2. flat cost')[0].ours).toContain('1.40x');
    // The filter's p99 is 60 ms: the one index route that misses.
    expect(row(full, '3.').map(r => r.met)).toEqual([true, false, true]);
    expect(row(full, '5.')[0].met).toBe(true);
    // 200 - 120 = 80 MB after sync; 130 MB after load is 1.63x: missed.
    expect(row(full, '6. RSS').map(r => r.met)).toEqual([true, false]);
    expect(row(full, '8.')[0].met).toBe(true);
  });

  it('fails the speed-up when stock is less than 10x slower', () => {
    const close = results(size(100, 2, 15), size(1000, 5, 30));
    expect(row(close, '1. ≥ 10x').map(r => r.met)).toEqual([false, false]);
  });

  it('does not judge N=10,000 targets in a quick run, but shows the figures', () => {
    const quick = results(size(1000, 2.5, 30));
    const tab = row(quick, '1. tab request at N=10,000')[0];
    expect(tab.met).toBeUndefined();
    expect(tab.ours).toBe('N=1,000 (N=10,000 not run): 5.0 ms');
    expect(targetsTable(quick)).toContain('| not run |');
    expect(row(quick, '1. ≥ 10x').map(r => r.met)).toEqual([true, true]);
  });

  it('judges ours-only targets at an N=10,000 measured for ours alone', () => {
    const alone = size(10000, 2.8, 0);
    delete alone.kubernetes;
    const r = results(size(100, 2, 15), alone);
    expect(row(r, '1. tab request at N=10,000')[0]).toMatchObject({
      met: true,
      stock: '–',
    });
    expect(row(r, '4. initial sync')[0].met).toBe(true);
    // The comparison with stock needs a size where stock ran.
    expect(row(r, '1. ≥ 10x')[0].ours).toContain('N=100 (N=1,000 not run)');
  });

  it('counts signals of the initial list at every N', () => {
    const noisy = results(size(100, 2, 15), size(1000, 2, 30));
    noisy.sizes[1].cartographer.signalsDuringSync = 1000;
    const [signals] = row(noisy, '4. the initial list');
    expect(signals.met).toBe(false);
    expect(signals.ours).toBe('N=100: 0, N=1,000: 1,000');
  });

  it('fails target 7 when the restricted user saw another namespace', () => {
    const leaky = results(size(1000, 2, 30));
    leaky.sizes[0].cartographerAuth!.outsideShown = 1;
    expect(row(leaky, '7. the restricted user')[0].met).toBe(false);
    expect(row(full, '7. the restricted user')[0].met).toBe(true);
    expect(row(full, '7. the restricted user')[0].stock).toContain(
      '270 of 300 answers outside',
    );
  });

  it('reports bytes per cached workload from the heap above the code', () => {
    // (100 - 60) MB over 10,000 workloads.
    expect(bytesPerWorkload(size(10000, 1, 1))).toBeCloseTo(4194.3, 1);
  });

  it('prints a table row for ours alone where stock was not run', () => {
    const tail = size(30000, 3, 0);
    delete tail.kubernetes;
    delete tail.cartographerAuth;
    delete tail.kubernetesAuth;
    const r = results(size(10000, 2.8, 40), tail);
    expect(row(r, '2. one larger N')[0]).toMatchObject({ met: true });
    expect(resultsTable(r)).toContain('| N=30,000 ours | N=30,000 stock |');
    expect(
      plotPoints(r)
        .filter(p => p.n === 30000)
        .map(p => p.backend),
    ).toEqual(['ours', 'ours', 'ours', 'ours']);
  });
});

describe('parseOptions', () => {
  it('--quick is N=1,000 with short windows; later flags override it', () => {
    expect(parseOptions(['--quick'], '/r')).toMatchObject({
      sizes: [1000],
      oursOnlySizes: [],
      tabsWindowS: 0,
      quick: true,
    });
    expect(parseOptions(['--quick', '--sizes', '100'], '/r').sizes).toEqual([
      100,
    ]);
  });

  it('keeps only ours-only sizes beyond the shared ones', () => {
    expect(
      parseOptions(['--sizes', '100,10000', '--ours-only', '5000,30000'], '/r')
        .oursOnlySizes,
    ).toEqual([30000]);
    expect(() => parseOptions(['--sizes', 'x'], '/r')).toThrow(
      'positive integers',
    );
  });
});
