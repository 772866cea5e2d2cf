/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { owner } from './__fixtures__/owner';
import { commitTimeline } from './commitTimeline';
import { ReadyTransitionRecord, StageOutputRecord } from './types';

const STAGES = ['source-provider', 'image-builder', 'config-writer'];
const SHA_A = 'aaaaaaa'.padEnd(40, '1');
const SHA_B = 'bbbbbbb'.padEnd(40, '2');
const at = (minute: number) =>
  new Date(Date.UTC(2026, 11, 1, 10, minute)).toISOString();
const out = (
  stage: string,
  minute: number,
  output: StageOutputRecord['output'],
  inputRevision?: string,
): StageOutputRecord => ({
  owner,
  stage,
  output,
  firstSeen: at(minute),
  inputRevision,
  observedLate: false,
});
const ready = (
  to: 'True' | 'False',
  minute: number,
  stage?: string,
  message?: string,
): ReadyTransitionRecord => ({
  owner,
  stage,
  to,
  at: at(minute),
  message,
  observedLate: false,
});

const A = `main@sha1:${SHA_A}`;
const B = `main@sha1:${SHA_B}`;

describe('commitTimeline', () => {
  it('gives no rows without revisions', () => {
    expect(
      commitTimeline({ stages: STAGES, outputs: [], transitions: [] }),
    ).toEqual([]);
  });

  it('lists revisions newest first with each stage reached and how long it took, whatever the record order', () => {
    const rows = commitTimeline({
      stages: STAGES,
      repoUrl: 'https://github.com/org/app',
      // Deliberately out of order.
      outputs: [
        out('config-writer', 13, { configHash: 'c2' }),
        out('source-provider', 10, { revision: B }),
        out('image-builder', 2, { digest: 'd1' }, A),
        out('source-provider', 0, { revision: A }),
        out('config-writer', 5, { configHash: 'c1' }),
        out('image-builder', 11, { digest: 'd2' }, B),
      ],
      transitions: [],
      deliveryTransitions: [ready('True', 7), ready('True', 15)],
    });
    expect(rows).toEqual([
      {
        revision: B,
        commit: {
          sha: SHA_B,
          short: 'bbbbbbb',
          url: `https://github.com/org/app/commit/${SHA_B}`,
        },
        firstSeen: at(10),
        stages: [
          { stage: 'source-provider', reachedAt: at(10), durationMs: 0 },
          { stage: 'image-builder', reachedAt: at(11), durationMs: 60_000 },
          { stage: 'config-writer', reachedAt: at(13), durationMs: 120_000 },
        ],
        position: 'config-writer',
        publishedAt: at(13),
        deliveredAt: at(15),
      },
      {
        revision: A,
        commit: {
          sha: SHA_A,
          short: 'aaaaaaa',
          url: `https://github.com/org/app/commit/${SHA_A}`,
        },
        firstSeen: at(0),
        stages: [
          { stage: 'source-provider', reachedAt: at(0), durationMs: 0 },
          { stage: 'image-builder', reachedAt: at(2), durationMs: 120_000 },
          { stage: 'config-writer', reachedAt: at(5), durationMs: 180_000 },
        ],
        position: 'config-writer',
        publishedAt: at(5),
        deliveredAt: at(7),
      },
    ]);
  });

  it.each<
    [string, ReadyTransitionRecord[], StageOutputRecord[], number | undefined]
  >([
    [
      "a Deliverable's new output while it stays Ready (GitOps: no transition)",
      [ready('True', 1)],
      [
        out('deliverable-source', 4, { revision: 'main@sha1:g1' }),
        out('deliverable-source', 7, { revision: 'main@sha1:g2' }),
      ],
      7,
    ],
    [
      'a new output while the Deliverable is not Ready waits for its Ready',
      [ready('True', 1), ready('False', 6)],
      [out('deliverable-source', 7, { revision: 'main@sha1:g2' })],
      undefined,
    ],
    [
      'then its Ready transition is the delivery',
      [ready('True', 1), ready('False', 6), ready('True', 9)],
      [out('deliverable-source', 7, { revision: 'main@sha1:g2' })],
      9,
    ],
    [
      'an output whose Deliverable has no recorded Ready state yet',
      [],
      [out('deliverable-source', 8, { revision: 'main@sha1:g2' })],
      8,
    ],
  ])('delivered: %s', (_name, deliveryTransitions, deliveryOutputs, minute) => {
    const [row] = commitTimeline({
      stages: STAGES,
      outputs: [
        out('source-provider', 0, { revision: A }),
        out('config-writer', 5, { configHash: 'c1' }),
      ],
      transitions: [],
      deliveryTransitions,
      deliveryOutputs,
    });
    expect(row.publishedAt).toBe(at(5));
    expect(row.deliveredAt).toBe(minute === undefined ? undefined : at(minute));
  });

  it('measures a skipped stage from the last stage reached and attributes outputs without an input by time', () => {
    const [row] = commitTimeline({
      stages: STAGES,
      outputs: [
        out('source-provider', 0, { revision: 'main/HEAD' }),
        out('config-writer', 4, { configHash: 'c1' }),
      ],
      transitions: [],
    });
    expect(row).toEqual({
      revision: 'main/HEAD',
      firstSeen: at(0),
      stages: [
        { stage: 'source-provider', reachedAt: at(0), durationMs: 0 },
        { stage: 'image-builder' },
        { stage: 'config-writer', reachedAt: at(4), durationMs: 240_000 },
      ],
      position: 'config-writer',
      publishedAt: at(4),
    });
  });

  it('shows where a failed revision stopped and the failure of that moment, and only on that revision', () => {
    const rows = commitTimeline({
      stages: STAGES,
      outputs: [
        out('source-provider', 0, { revision: A }),
        out('source-provider', 10, { revision: B }),
        out('image-builder', 12, { digest: 'd2' }, B),
      ],
      transitions: [
        ready('False', 1, 'image-builder', 'build failed'),
        ready('True', 11, 'image-builder'),
      ],
    });
    expect(rows.map(r => [r.revision, r.position, r.failed])).toEqual([
      [B, 'image-builder', undefined],
      [
        A,
        'source-provider',
        { stage: 'image-builder', at: at(1), message: 'build failed' },
      ],
    ]);
  });

  it('ignores a repeated revision and an output that precedes every revision', () => {
    const rows = commitTimeline({
      stages: STAGES,
      outputs: [
        out('image-builder', 0, { digest: 'd0' }),
        out('source-provider', 1, { revision: A }),
        out('source-provider', 3, { revision: A }),
      ],
      transitions: [],
    });
    expect(rows).toHaveLength(1);
    expect(rows[0].firstSeen).toBe(at(1));
    expect(rows[0].stages[1]).toEqual({ stage: 'image-builder' });
  });
});
