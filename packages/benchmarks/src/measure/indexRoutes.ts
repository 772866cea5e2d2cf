/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { BackendProcess } from '../backend/BackendProcess';
import { summarize, Summary } from '../stats';
import { appSequence } from './latency';

/** The Workloads page's requests: first page, a filter, a text search. */
export const INDEX_ROUTES = {
  'first page (limit=50)': () => 'limit=50',
  'filter (state=failed)': () => 'state=failed&limit=50',
  'text search (q=)': (app: number) => `q=app-${app}&limit=50`,
} as const;

export type IndexRoute = keyof typeof INDEX_ROUTES;
export const INDEX_ROUTE_NAMES = Object.keys(INDEX_ROUTES) as IndexRoute[];
export type IndexLatency = Record<IndexRoute, Summary>;

/**
 * `requests` of each index route one after another (ours only: the stock
 * backend has no workload index). `inspect` sees every answer's body.
 */
export async function indexLatency(
  backend: BackendProcess,
  requests: number,
  apps: number,
  inspect: (route: IndexRoute, body: unknown) => void = () => {},
): Promise<IndexLatency> {
  const result = {} as IndexLatency;
  for (const route of INDEX_ROUTE_NAMES) {
    const times: number[] = [];
    for (const app of appSequence(requests, apps, 11)) {
      const started = performance.now();
      const response = await backend.fetch(
        `/api/cartographer/workloads?${INDEX_ROUTES[route](app)}`,
      );
      const body = await response.json();
      times.push(performance.now() - started);
      if (!response.ok) {
        throw new Error(
          `index ${route}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`,
        );
      }
      inspect(route, body);
    }
    result[route] = summarize(times);
  }
  return result;
}
