/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { commitOfRevision } from '../source/repoLinks';
import { commitLink, CommitLink } from './commitLink';
import { ReadyTransitionRecord, StageOutputRecord } from './types';

/** When one revision reached one stage. @public */
export interface TimelineStage {
  stage: string;
  /** Undefined when the revision has not reached (or skipped) the stage. */
  reachedAt?: string;
  /** Since the last stage it reached before this one (or since first seen). */
  durationMs?: number;
}

/** A failure on a revision's way through the chain. @public */
export interface TimelineFailure {
  /** Undefined when the owner's own Ready condition failed. */
  stage?: string;
  at: string;
  reason?: string;
  message?: string;
}

/** One source revision's path through the chain. @public */
export interface CommitTimelineRow {
  revision: string;
  commit?: CommitLink;
  firstSeen: string;
  stages: TimelineStage[];
  /** The furthest stage of the chain it reached. */
  position?: string;
  /** When it reached the chain's last stage (its config was published). */
  publishedAt?: string;
  /**
   * When a Deliverable next became Ready, or changed its outputs while
   * Ready, after publication.
   */
  deliveredAt?: string;
  /** The first failure while it was the newest revision. */
  failed?: TimelineFailure;
}

/** The records and the chain shape a timeline is built from. @public */
export interface CommitTimelineInput {
  /** Stage names in chain order; the first one produces source revisions. */
  stages: string[];
  outputs: StageOutputRecord[];
  /** The owner's and its stages' Ready transitions. */
  transitions: ReadyTransitionRecord[];
  /** The Deliverable's own Ready transitions, where a delivery exists. */
  deliveryTransitions?: ReadyTransitionRecord[];
  /**
   * The Deliverable's recorded outputs. A new one while it is Ready is a
   * delivery too: under GitOps its source moves to the written commit and
   * Ready may stay True throughout, with no transition to see.
   */
  deliveryOutputs?: StageOutputRecord[];
  /** The source repository, to link commits. */
  repoUrl?: string;
}

const time = (iso: string) => Date.parse(iso);
const byTime =
  <T>(at: (t: T) => string) =>
  (a: T, b: T) =>
    time(at(a)) - time(at(b));

const deliverableOf = (r: {
  owner: { cluster: string; namespace: string; name: string };
}) => `${r.owner.cluster}/${r.owner.namespace}/${r.owner.name}`;

/**
 * When any Deliverable became Ready, or handed on a new output while Ready
 * (or while its Ready state is unknown to the history), oldest first.
 */
function deliveryTimes(
  transitions: ReadyTransitionRecord[],
  outputs: StageOutputRecord[],
): string[] {
  const own = transitions
    .filter(t => t.stage === undefined)
    .sort(byTime(t => t.at));
  const readyAt = (output: StageOutputRecord) => {
    const last = own
      .filter(
        t =>
          deliverableOf(t) === deliverableOf(output) &&
          time(t.at) <= time(output.firstSeen),
      )
      .at(-1);
    return !last || last.to === 'True';
  };
  return [
    ...own.filter(t => t.to === 'True').map(t => t.at),
    ...outputs.filter(readyAt).map(o => o.firstSeen),
  ].sort((a, b) => time(a) - time(b));
}

/**
 * One row per source revision, newest first. A later stage's output belongs
 * to the revision it names as input, else to the newest revision first seen
 * before it. Records may arrive in any order; they are sorted by time.
 * @public
 */
export function commitTimeline(
  input: CommitTimelineInput,
): CommitTimelineRow[] {
  const [sourceStage, ...laterStages] = input.stages;
  const outputs = [...input.outputs].sort(byTime(o => o.firstSeen));
  const sources: Array<{ revision: string; firstSeen: string }> = [];
  for (const o of outputs) {
    const revision = o.output.revision;
    if (o.stage !== sourceStage || !revision) continue;
    if (sources.some(s => s.revision === revision)) continue;
    sources.push({ revision, firstSeen: o.firstSeen });
  }
  const reached = new Map(
    sources.map(s => [s.revision, new Map<string, string>()]),
  );
  for (const o of outputs) {
    if (o.stage === sourceStage) continue;
    const owner =
      (o.inputRevision && reached.has(o.inputRevision) && o.inputRevision) ||
      sources.filter(s => time(s.firstSeen) <= time(o.firstSeen)).pop()
        ?.revision;
    const stages = owner ? reached.get(owner)! : undefined;
    if (stages && !stages.has(o.stage)) stages.set(o.stage, o.firstSeen);
  }
  const failures = input.transitions
    .filter(t => t.to === 'False')
    .sort(byTime(t => t.at));
  const deliveries = deliveryTimes(
    input.deliveryTransitions ?? [],
    input.deliveryOutputs ?? [],
  );

  const rows = sources.map((source, index): CommitTimelineRow => {
    const at = reached.get(source.revision)!;
    let last = source.firstSeen;
    const stages: TimelineStage[] = [
      { stage: sourceStage, reachedAt: source.firstSeen, durationMs: 0 },
    ];
    let position = sourceStage;
    for (const stage of laterStages) {
      const reachedAt = at.get(stage);
      if (!reachedAt) {
        stages.push({ stage });
        continue;
      }
      stages.push({
        stage,
        reachedAt,
        durationMs: time(reachedAt) - time(last),
      });
      last = reachedAt;
      position = stage;
    }
    const row: CommitTimelineRow = {
      revision: source.revision,
      firstSeen: source.firstSeen,
      stages,
      position,
    };
    const sha = commitOfRevision(source.revision);
    if (sha) row.commit = commitLink(input.repoUrl, sha);
    const finalStage = input.stages[input.stages.length - 1];
    const publishedAt =
      at.get(finalStage) ?? (laterStages.length ? undefined : source.firstSeen);
    if (publishedAt) {
      row.publishedAt = publishedAt;
      const delivered = deliveries.find(d => time(d) >= time(publishedAt));
      if (delivered) row.deliveredAt = delivered;
    }
    const until = sources[index + 1]?.firstSeen;
    const failure = failures.find(
      f =>
        time(f.at) >= time(source.firstSeen) &&
        (until === undefined || time(f.at) < time(until)),
    );
    if (failure) {
      row.failed = {
        stage: failure.stage,
        at: failure.at,
        reason: failure.reason,
        message: failure.message,
      };
    }
    return row;
  });
  return rows.reverse();
}
