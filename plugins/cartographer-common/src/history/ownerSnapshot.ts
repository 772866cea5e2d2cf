/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Condition } from '../types/kubernetes';
import { OwnerStatus, ResourceOutput } from '../types/carto';
import { inputRevisions } from './inputRevisions';
import {
  HistoryOwnerKey,
  OwnerSnapshot,
  ReadySnapshot,
  ReadyTransitionRecord,
  StageOutputRecord,
  StageOutputValue,
  StageSnapshot,
} from './types';

function readyOf(
  conditions: Condition[] | undefined,
): ReadySnapshot | undefined {
  const ready = conditions?.find(c => c.type === 'Ready');
  if (!ready) return undefined;
  const snapshot: ReadySnapshot = { status: ready.status };
  if (ready.reason) snapshot.reason = ready.reason;
  if (ready.message) snapshot.message = ready.message;
  if (ready.lastTransitionTime) {
    snapshot.lastTransitionTime = ready.lastTransitionTime;
  }
  return snapshot;
}

/**
 * Cartographer's outputs as the history keeps them: a source's revision and
 * url, an image (its reference, a digest where the builder pins one) and a
 * config's digest (the config itself can be large and sensitive).
 */
function outputOf(outputs: ResourceOutput[] | undefined) {
  const value: StageOutputValue = {};
  let time: string | undefined;
  for (const output of outputs ?? []) {
    const preview = output.preview?.trim();
    if (output.name === 'revision' && preview) value.revision = preview;
    if (output.name === 'url' && preview) value.url = preview;
    if (output.name === 'image' && preview) value.digest = preview;
    if (output.name === 'config' && output.digest) {
      value.configHash = output.digest;
    }
    // The outputs of one stage change together: the latest time is theirs.
    if (
      output.lastTransitionTime &&
      (!time || output.lastTransitionTime > time)
    ) {
      time = output.lastTransitionTime;
    }
  }
  return Object.keys(value).length ? { value, time } : undefined;
}

/**
 * What a Workload's or Deliverable's status says now, for the recorder to
 * diff against what it recorded last. Times come from Cartographer, so two
 * replicas reading the same status make the same records.
 * @public
 */
export function ownerSnapshot(
  owner: HistoryOwnerKey,
  status: OwnerStatus | undefined,
  observedAt: string,
): OwnerSnapshot {
  const resources = status?.resources ?? [];
  const revisions = inputRevisions(resources);
  const stages = resources.map(resource => {
    const stage: StageSnapshot = { stage: resource.name };
    const output = outputOf(resource.outputs);
    if (output) {
      stage.output = output.value;
      if (output.time) stage.outputTime = output.time;
      const inputRevision = revisions.get(resource.name);
      if (inputRevision) stage.inputRevision = inputRevision;
    }
    const ready = readyOf(resource.conditions);
    if (ready) stage.ready = ready;
    return stage;
  });
  const snapshot: OwnerSnapshot = { owner, observedAt, stages };
  const ready = readyOf(status?.conditions);
  if (ready) snapshot.ready = ready;
  return snapshot;
}

const latest = <T>(items: T[], at: (item: T) => string) =>
  items.reduce<T | undefined>(
    (best, item) =>
      !best || Date.parse(at(item)) >= Date.parse(at(best)) ? item : best,
    undefined,
  );

/**
 * The last snapshot the stored records describe: per stage its newest
 * output and Ready state, and the owner's own Ready state. A restarted
 * recorder diffs the live status against it, so it writes only what changed
 * while it was down.
 * @public
 */
export function snapshotFromRecords(
  owner: HistoryOwnerKey,
  outputs: StageOutputRecord[],
  transitions: ReadyTransitionRecord[],
  observedAt: string,
): OwnerSnapshot | undefined {
  if (!outputs.length && !transitions.length) return undefined;
  const names = [
    ...new Set([
      ...outputs.map(o => o.stage),
      ...transitions.flatMap(t => (t.stage === undefined ? [] : [t.stage])),
    ]),
  ];
  const readyFrom = (t: ReadyTransitionRecord | undefined) =>
    t && {
      status: t.to,
      reason: t.reason,
      message: t.message,
      lastTransitionTime: t.at,
    };
  const stages = names.map(name => {
    const stage: StageSnapshot = { stage: name };
    const output = latest(
      outputs.filter(o => o.stage === name),
      o => o.firstSeen,
    );
    if (output) {
      stage.output = output.output;
      stage.outputTime = output.firstSeen;
    }
    const ready = readyFrom(
      latest(
        transitions.filter(t => t.stage === name),
        t => t.at,
      ),
    );
    if (ready) stage.ready = ready;
    return stage;
  });
  const snapshot: OwnerSnapshot = { owner, observedAt, stages };
  const ready = readyFrom(
    latest(
      transitions.filter(t => t.stage === undefined),
      t => t.at,
    ),
  );
  if (ready) snapshot.ready = ready;
  return snapshot;
}
