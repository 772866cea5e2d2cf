/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  HistoryRecords,
  OwnerSnapshot,
  ReadySnapshot,
  ReadyTransitionRecord,
  StageOutputValue,
} from './types';

const OUTPUT_FIELDS: Array<keyof StageOutputValue> = [
  'revision',
  'url',
  'digest',
  'configHash',
];

function sameOutput(a: StageOutputValue, b: StageOutputValue): boolean {
  return OUTPUT_FIELDS.every(field => a[field] === b[field]);
}

function isEmpty(output: StageOutputValue | undefined): boolean {
  return !output || OUTPUT_FIELDS.every(field => output[field] === undefined);
}

/**
 * The records that `current` adds to what `previous` already recorded.
 * `previous` is the last snapshot written (rebuilt from the database after a
 * restart), so re-reading an unchanged status writes nothing. `late` marks
 * what a recorder finds while catching up after being down.
 * @public
 */
export function diffObservations(
  previous: OwnerSnapshot | undefined,
  current: OwnerSnapshot,
  options: { late?: boolean } = {},
): HistoryRecords {
  const observedLate = options.late ?? false;
  const before = new Map(previous?.stages.map(s => [s.stage, s]));
  const records: HistoryRecords = { outputs: [], transitions: [] };
  const transition = (
    stage: string | undefined,
    was: ReadySnapshot | undefined,
    now: ReadySnapshot | undefined,
  ) => {
    if (!now || now.status === was?.status) return;
    const record: ReadyTransitionRecord = {
      owner: current.owner,
      from: was?.status,
      to: now.status,
      reason: now.reason,
      message: now.message,
      at: now.lastTransitionTime ?? current.observedAt,
      observedLate,
    };
    if (stage !== undefined) record.stage = stage;
    records.transitions.push(record);
  };

  transition(undefined, previous?.ready, current.ready);
  for (const stage of current.stages) {
    const was = before.get(stage.stage);
    if (
      !isEmpty(stage.output) &&
      !(was?.output && sameOutput(was.output, stage.output!))
    ) {
      records.outputs.push({
        owner: current.owner,
        stage: stage.stage,
        output: stage.output!,
        firstSeen: stage.outputTime ?? current.observedAt,
        inputRevision: stage.inputRevision,
        observedLate,
      });
    }
    transition(stage.stage, was?.ready, stage.ready);
  }
  return records;
}
