/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import fs from 'node:fs/promises';
import type { BenchResults } from './report';

/** One point of the plot: a latency percentile of one backend at one N. */
export interface PlotPoint {
  n: number;
  backend: string;
  load: 'sequential' | '20 clients';
  percentile: 'p50' | 'p99';
  ms: number;
}

/** The tab request's p50 and p99 against N, per backend and load. */
export function plotPoints(results: BenchResults): PlotPoint[] {
  const points: PlotPoint[] = [];
  for (const size of results.sizes) {
    const backends = [
      ['ours', size.cartographer],
      ['stock', size.kubernetes],
      ['ours, real auth', size.cartographerAuth],
      ['stock, real auth', size.kubernetesAuth],
    ] as const;
    for (const [backend, result] of backends) {
      if (!result) continue;
      for (const [load, summary] of [
        ['sequential', result.sequential],
        ['20 clients', result.concurrent],
      ] as const) {
        for (const percentile of ['p50', 'p99'] as const) {
          points.push({
            n: size.load.n,
            backend,
            load,
            percentile,
            ms: summary[percentile],
          });
        }
      }
    }
  }
  return points;
}

/** A Vega-Lite spec: log-log lines, one panel per load. */
export function plotSpec(results: BenchResults): object {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: `Tab request latency against N (${results.date.slice(0, 10)}, ${results.machine.cpus} cores)`,
    data: { values: plotPoints(results) },
    facet: {
      column: {
        field: 'load',
        type: 'nominal',
        title: null,
        sort: ['sequential', '20 clients'],
      },
    },
    spec: {
      width: 320,
      height: 240,
      mark: { type: 'line', point: true },
      encoding: {
        x: {
          field: 'n',
          type: 'quantitative',
          scale: { type: 'log' },
          title: 'N (workloads)',
        },
        y: {
          field: 'ms',
          type: 'quantitative',
          scale: { type: 'log' },
          title: 'ms',
        },
        color: { field: 'backend', type: 'nominal' },
        strokeDash: { field: 'percentile', type: 'nominal' },
        shape: { field: 'percentile', type: 'nominal' },
        detail: { field: 'percentile' },
      },
    },
    config: { background: 'white' },
  };
}

/** Renders the plot as SVG next to the results file; returns its path. */
export async function writePlot(
  results: BenchResults,
  resultsFile: string,
): Promise<string> {
  const vega = await import('vega');
  const { compile } = await import('vega-lite');
  const view = new vega.View(
    vega.parse(compile(plotSpec(results) as any).spec),
    { renderer: 'none' },
  );
  const file = resultsFile.replace(/\.json$/, '.svg');
  await fs.writeFile(file, await view.toSVG());
  view.finalize();
  return file;
}
