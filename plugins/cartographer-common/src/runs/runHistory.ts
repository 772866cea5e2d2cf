/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import type { RunHistory, RunnableRun, RunState } from '../api';
import { evaluateJsonPath } from '../selection';
import {
  ClusterRunTemplate,
  Condition,
  JsonValue,
  KubernetesObject,
  Runnable,
} from '../types';

/** A run object as listed from the cluster (any kind). @public */
export interface RunObject extends KubernetesObject {
  spec?: { [key: string]: JsonValue };
  status?: {
    conditions?: Condition[];
    startTime?: string;
    completionTime?: string;
    [key: string]: unknown;
  };
}

/** The label Cartographer puts on every object a Runnable creates. @public */
export const RUNNABLE_NAME_LABEL = 'carto.run/runnable-name';

/** The page size of a run history. @public */
export const RUN_PAGE_SIZE = 20;

const STATES: Record<Condition['status'], RunState> = {
  True: 'succeeded',
  False: 'failed',
  Unknown: 'running',
};

function decidingCondition(run: RunObject): Condition | undefined {
  const conditions = run.status?.conditions ?? [];
  return (
    conditions.find(c => c.type === 'Succeeded') ??
    conditions.find(c => c.type === 'Ready')
  );
}

/**
 * A run's state from its own conditions: `Succeeded` (what Cartographer reads
 * to pick the run whose outputs it uses), else `Ready`.
 * @public
 */
export function runState(run: RunObject): {
  state: RunState;
  reason?: string;
  message?: string;
} {
  const condition = decidingCondition(run);
  if (!condition) return { state: 'unknown' };
  return {
    state: STATES[condition.status] ?? 'unknown',
    reason: condition.reason || undefined,
    message: condition.message || undefined,
  };
}

/**
 * Start, completion and duration. Tekton-style runs carry `startTime` and
 * `completionTime`; otherwise creation and the final condition's transition.
 * @public
 */
export function runTimes(run: RunObject): {
  startedAt?: string;
  completedAt?: string;
  durationSeconds?: number;
} {
  const startedAt = run.status?.startTime ?? run.metadata?.creationTimestamp;
  const condition = decidingCondition(run);
  const finished = condition && condition.status !== 'Unknown';
  const completedAt =
    run.status?.completionTime ??
    (finished ? condition?.lastTransitionTime : undefined);
  const start = startedAt ? Date.parse(startedAt) : NaN;
  const end = completedAt ? Date.parse(completedAt) : NaN;
  return {
    startedAt,
    completedAt,
    durationSeconds:
      Number.isFinite(start) && Number.isFinite(end) && end >= start
        ? Math.round((end - start) / 1000)
        : undefined,
  };
}

const INPUT_REFERENCE = /^\$\(\s*runnable\.spec\.inputs\.([\w.-]+)\s*\)\$$/;

/**
 * Where the run template copies each Runnable input into the run object:
 * input name -> the paths of template leaves that are exactly
 * `$(runnable.spec.inputs.<name>)$`.
 * @public
 */
export function inputPaths(
  template: ClusterRunTemplate['spec']['template'],
): Record<string, string[][]> {
  const paths: Record<string, string[][]> = {};
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'string') {
      const match = INPUT_REFERENCE.exec(value.trim());
      if (match) (paths[match[1]] ??= []).push(path);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, String(i)]));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(template, []);
  return paths;
}

function readPath(object: unknown, path: string[]): JsonValue | undefined {
  let value: any = object;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = value[key];
  }
  return value;
}

/**
 * The inputs an older run ran with, read back from where the template put
 * them (the run's spec and, for the sample kind, its status).
 * @public
 */
export function runInputs(
  run: RunObject,
  paths: Record<string, string[][]>,
): { [key: string]: JsonValue } {
  const inputs: { [key: string]: JsonValue } = {};
  for (const [name, locations] of Object.entries(paths)) {
    for (const location of locations) {
      // metadata is rewritten by Cartographer (generateName, labels)
      if (location[0] === 'metadata') continue;
      const value = readPath(run, location);
      if (value !== undefined) {
        inputs[name] = value;
        break;
      }
    }
  }
  return inputs;
}

/**
 * The template's outputs read from one run, like Cartographer does for the
 * newest succeeded run. Paths that reach nothing are left out.
 * @public
 */
export function runOutputs(
  run: RunObject,
  outputPaths: Record<string, string> | undefined,
): { [key: string]: JsonValue } {
  const outputs: { [key: string]: JsonValue } = {};
  for (const [name, path] of Object.entries(outputPaths ?? {})) {
    try {
      const values = evaluateJsonPath(run, path.trim().replace(/^\./, ''));
      if (values.length > 0) outputs[name] = values[0];
    } catch {
      // An invalid path yields no output; Cartographer reports it on the Runnable.
    }
  }
  return outputs;
}

const REVISION_KEYS =
  /^(revision|commit|sha|git[-_.]?revision|git[-_.]?commit)$/i;

/**
 * The source revision a run tested: an input named like a revision (also
 * nested, e.g. `source.revision`). Undefined when no input is one.
 * @public
 */
export function runRevision(inputs: {
  [key: string]: JsonValue;
}): string | undefined {
  const queue: Array<{ [key: string]: JsonValue }> = [inputs];
  while (queue.length > 0) {
    const object = queue.shift()!;
    for (const [key, value] of Object.entries(object)) {
      if (REVISION_KEYS.test(key) && typeof value === 'string' && value) {
        return value;
      }
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        queue.push(value as { [key: string]: JsonValue });
      }
    }
  }
  return undefined;
}

function created(run: RunObject): number {
  const time = Date.parse(run.metadata?.creationTimestamp ?? '');
  return Number.isFinite(time) ? time : 0;
}

function resourceVersion(run: RunObject): number {
  const version = Number(run.metadata?.resourceVersion);
  return Number.isFinite(version) ? version : 0;
}

/**
 * Newest first. Creation times have one-second resolution, so runs of the
 * same second fall back to the resource version (creation order for runs
 * nobody updated since), then the name, so the order is stable.
 */
function newestFirst(a: RunObject, b: RunObject): number {
  return (
    created(b) - created(a) ||
    resourceVersion(b) - resourceVersion(a) ||
    (b.metadata?.name ?? '').localeCompare(a.metadata?.name ?? '')
  );
}

function sameValue(a: JsonValue | undefined, b: JsonValue | undefined) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether a run's recovered inputs agree with the Runnable's current ones. */
function stampedFromCurrentInputs(
  recovered: { [key: string]: JsonValue },
  current: { [key: string]: JsonValue },
): boolean {
  return Object.entries(recovered).every(([key, value]) =>
    sameValue(value, current[key]),
  );
}

/**
 * The run whose outputs the Runnable uses, by Cartographer's own rule
 * (`getLatestSuccessfulObject`): of the runs whose `Succeeded` condition is
 * True, the one with the latest creation time; on a tie (creation times have
 * one-second resolution) the controller keeps the first in list order, which
 * is name order, so the smallest name wins, not the run created last.
 * @public
 */
export function currentRunName(runs: RunObject[]): string | undefined {
  let chosen: RunObject | undefined;
  for (const run of [...runs].sort(byName)) {
    const succeeded =
      run.status?.conditions?.find(c => c.type === 'Succeeded')?.status ===
      'True';
    if (succeeded && (!chosen || created(run) > created(chosen))) chosen = run;
  }
  return chosen?.metadata?.name;
}

function byName(a: RunObject, b: RunObject): number {
  // Code-unit order, as the API server lists keys; not localeCompare.
  const x = a.metadata?.name ?? '';
  const y = b.metadata?.name ?? '';
  if (x === y) return 0;
  return x < y ? -1 : 1;
}

/**
 * What the drawer says about the runs: the failed run, when the newest
 * finished run failed (a failure already fixed by a later success is history).
 * @public
 */
export function runsDiagnosis(runs: RunnableRun[]): string | undefined {
  const finished = runs.find(
    r => r.state === 'succeeded' || r.state === 'failed',
  );
  if (finished?.state !== 'failed') return undefined;
  const what = finished.revision ? ` on ${finished.revision}` : '';
  const why = finished.message ?? finished.reason ?? 'no message';
  return `Run ${finished.name}${what} failed: ${why}`;
}

/** Input of {@link buildRunHistory}. @public */
export interface RunHistoryInput {
  runnable: Runnable;
  template?: ClusterRunTemplate;
  /** Every object labelled with the Runnable's name, in any order. */
  objects: RunObject[];
  offset?: number;
  limit?: number;
}

/**
 * A Runnable's runs, newest first, one page of them, each with state, times,
 * inputs, outputs, revision and whether its outputs are the current ones.
 * @public
 */
export function buildRunHistory(input: RunHistoryInput): RunHistory {
  const { runnable, template } = input;
  const offset = Math.max(0, input.offset ?? 0);
  const limit = Math.max(1, input.limit ?? RUN_PAGE_SIZE);
  const sorted = [...input.objects].sort(newestFirst);
  const current = currentRunName(sorted);
  const paths = inputPaths(template?.spec.template ?? {});
  const currentInputs = runnable.spec.inputs;
  // The newest run stamped from the Runnable's current inputs ran with all of
  // them, including inputs the template did not copy into the run.
  const latest = currentInputs
    ? sorted.find(o =>
        stampedFromCurrentInputs(runInputs(o, paths), currentInputs),
      )
    : undefined;
  const runs = sorted.map((object): RunnableRun => {
    const fromRunnable = object === latest;
    const inputs = fromRunnable
      ? { ...runInputs(object, paths), ...currentInputs }
      : runInputs(object, paths);
    const { state, reason, message } = runState(object);
    return {
      name: object.metadata?.name ?? '',
      apiVersion: object.apiVersion ?? '',
      kind: object.kind ?? '',
      state,
      reason,
      message,
      ...runTimes(object),
      inputs,
      inputsSource: fromRunnable ? 'runnable' : 'runObject',
      outputs: runOutputs(object, template?.spec.outputs),
      revision: runRevision(inputs),
      current: object.metadata?.name === current,
    };
  });
  const kind = runKindOf(template);
  return {
    ...(kind ? { runKind: kind } : {}),
    items: runs.slice(offset, offset + limit),
    total: runs.length,
    nextOffset: offset + limit < runs.length ? offset + limit : undefined,
    diagnosis: runsDiagnosis(runs),
    warnings: [],
  };
}

/**
 * The kind a ClusterRunTemplate stamps, which is where its runs live.
 * @public
 */
export function runKindOf(
  template: ClusterRunTemplate | undefined,
): { apiVersion: string; kind: string } | undefined {
  const stamped = template?.spec.template as
    { apiVersion?: unknown; kind?: unknown } | undefined;
  return typeof stamped?.apiVersion === 'string' &&
    typeof stamped?.kind === 'string'
    ? { apiVersion: stamped.apiVersion, kind: stamped.kind }
    : undefined;
}
