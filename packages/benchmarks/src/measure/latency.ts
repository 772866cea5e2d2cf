/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { BackendProcess } from '../backend/BackendProcess';
import { summarize, Summary } from '../stats';
import { InspectAnswer, timedTabRequest } from './tabRequest';

/** A pseudo-random but repeatable sequence of applications to open. */
export function appSequence(count: number, apps: number, seed = 1): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % apps;
  });
}

/** Which apps a run opens and how it checks their answers. */
export interface TabRun {
  /** Maps a drawn number (0 … apps-1) to the app to open; default as is. */
  app?: (drawn: number) => number;
  inspect?: InspectAnswer;
}

/** One tab load after another. */
export async function sequentialLatency(
  backend: BackendProcess,
  requests: number,
  apps: number,
  { app = i => i, inspect }: TabRun = {},
): Promise<Summary> {
  const times: number[] = [];
  for (const i of appSequence(requests, apps, 7)) {
    times.push(await timedTabRequest(backend, app(i), inspect));
  }
  return summarize(times);
}

/** `clients` users loading tabs back to back at the same time. */
export async function concurrentLatency(
  backend: BackendProcess,
  clients: number,
  requestsPerClient: number,
  apps: number,
  { app = i => i, inspect }: TabRun = {},
): Promise<Summary & { throughputPerS: number }> {
  const times: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (const i of appSequence(requestsPerClient, apps, 100 + client)) {
        times.push(await timedTabRequest(backend, app(i), inspect));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { ...summarize(times), throughputPerS: times.length / seconds };
}
