/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
// The backend's real recorder and store: internal classes, not a public
// API, so imported from their files.
// eslint-disable-next-line @backstage/no-forbidden-package-imports
import { HistoryRecorder } from '@internal/plugin-cartographer-backend/src/history/HistoryRecorder';
// eslint-disable-next-line @backstage/no-forbidden-package-imports
import { HistoryStore } from '@internal/plugin-cartographer-backend/src/history/HistoryStore';
import type { Knex } from 'knex';
import type { CapturedChange, CapturedCommit } from './capture';
import { benchDatabase, benchLogger } from './services';

/** The n-th synthetic workload's name and namespace (ten namespaces). */
export const syntheticWorkload = (n: number) => ({
  namespace: `bench-${n % 10}`,
  name: `app-${n}`,
});

/**
 * A captured change as another workload's: the same status Cartographer
 * wrote, under another name. Managed fields, which the recorder does not
 * read, are dropped to keep the replay's memory small.
 */
export function renamedChange(
  change: CapturedChange,
  target: { namespace: string; name: string },
): CapturedChange {
  const { managedFields: _, ...metadata } = change.object.metadata ?? {};
  return {
    type: change.type,
    object: { ...change.object, metadata: { ...metadata, ...target } },
  };
}

/** Database statements the replay caused, by kind. */
export interface StatementCounts {
  writes: number;
  reads: number;
}

export interface PhaseResult {
  /** Status changes handed to the recorder. */
  changes: number;
  statements: StatementCounts;
  /** Rows the store holds at the end of the phase. */
  rows: { outputs: number; transitions: number };
  /** Table + index bytes at the end of the phase. */
  bytes: number;
  seconds: number;
}

type Listener = (cluster: string, kind: string, change: any) => void;

/**
 * The real HistoryRecorder and HistoryStore over `knex`, fed the captured
 * changes renamed for `workloads` synthetic workloads: first each one's
 * creation (the warm-up), then the captured commits (one simulated day).
 * Change by change, all workloads at once, as a fleet where every
 * workload commits in the same rhythm would deliver them.
 */
export async function replay(
  knex: Knex,
  captured: CapturedCommit[],
  workloads: number,
  bytes: () => Promise<number>,
  log: (line: string) => void,
): Promise<{ warmUp: PhaseResult; day: PhaseResult }> {
  const store = await HistoryStore.create({
    database: benchDatabase(knex),
  });
  const listeners = new Set<Listener>();
  const recorder = new HistoryRecorder({
    fleet: {
      onChange: (listener: Listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    } as any,
    store,
    logger: benchLogger(log),
  });
  const detach = recorder.attach();
  const statements: StatementCounts = { writes: 0, reads: 0 };
  const count = (query: { sql: string }) => {
    if (/^\s*(insert|update|delete)/i.test(query.sql)) statements.writes += 1;
    else statements.reads += 1;
  };
  knex.on('query', count);
  const targets = Array.from({ length: workloads }, (_, n) =>
    syntheticWorkload(n),
  );
  const phase = async (commits: CapturedCommit[]): Promise<PhaseResult> => {
    const before = { ...statements };
    const started = process.hrtime.bigint();
    let changes = 0;
    for (const commit of commits) {
      for (const change of commit) {
        for (const target of targets) {
          const renamed = renamedChange(change, target);
          listeners.forEach(l => l('local', 'Workload', renamed));
        }
        changes += targets.length;
        // One step of every workload at a time bounds what is queued.
        await recorder.idle();
      }
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const result = {
      changes,
      statements: {
        writes: statements.writes - before.writes,
        reads: statements.reads - before.reads,
      },
      rows: await store.counts(),
      bytes: await bytes(),
      seconds,
    };
    log(
      `  ${changes} status changes in ${seconds.toFixed(1)} s, ${result.statements.writes} write statements`,
    );
    return result;
  };
  try {
    const warmUp = await phase(captured.slice(0, 1));
    const day = await phase(captured.slice(1));
    return { warmUp, day };
  } finally {
    knex.removeListener('query', count);
    detach();
  }
}
