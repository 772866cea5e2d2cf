/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { owner } from './__fixtures__/owner';
import { diffObservations } from './diffObservations';
import { OwnerSnapshot, StageSnapshot } from './types';

const T0 = '2026-12-01T10:00:00Z';
const T1 = '2026-12-01T10:05:00Z';

const snapshot = (
  stages: StageSnapshot[],
  ready?: OwnerSnapshot['ready'],
  observedAt = T1,
): OwnerSnapshot => ({ owner, observedAt, ready, stages });
const source = (revision: string, outputTime?: string): StageSnapshot => ({
  stage: 'source-provider',
  output: { revision, url: `u/${revision}` },
  outputTime,
  ready: { status: 'True', reason: 'Ready' },
});

describe('diffObservations', () => {
  it.each<[string, OwnerSnapshot | undefined, OwnerSnapshot, object]>([
    [
      'the same status read again (a restart) writes nothing',
      snapshot([source('main@sha1:a', T0)], { status: 'True' }),
      snapshot([source('main@sha1:a', T0)], { status: 'True' }),
      { outputs: [], transitions: [] },
    ],
    [
      'a first observation records outputs and transitions from nothing',
      undefined,
      snapshot([source('main@sha1:a', T0)], {
        status: 'True',
        reason: 'Ready',
        lastTransitionTime: T0,
      }),
      {
        outputs: [
          {
            owner,
            stage: 'source-provider',
            output: { revision: 'main@sha1:a', url: 'u/main@sha1:a' },
            firstSeen: T0,
            observedLate: false,
          },
        ],
        transitions: [
          { owner, to: 'True', reason: 'Ready', at: T0, observedLate: false },
          {
            owner,
            stage: 'source-provider',
            to: 'True',
            reason: 'Ready',
            at: T1,
            observedLate: false,
          },
        ],
      },
    ],
    [
      'a new revision without an output time is first seen at observation',
      snapshot([source('main@sha1:a')]),
      snapshot([source('main@sha1:b')]),
      {
        outputs: [
          {
            owner,
            stage: 'source-provider',
            output: { revision: 'main@sha1:b', url: 'u/main@sha1:b' },
            firstSeen: T1,
            observedLate: false,
          },
        ],
        transitions: [],
      },
    ],
    [
      'a failing stage gives one transition with its reason and message',
      snapshot([{ stage: 'image-builder', ready: { status: 'True' } }], {
        status: 'True',
      }),
      snapshot(
        [
          {
            stage: 'image-builder',
            ready: {
              status: 'False',
              reason: 'HealthyConditionRule',
              message: 'build failed',
              lastTransitionTime: T0,
            },
          },
        ],
        { status: 'True' },
      ),
      {
        outputs: [],
        transitions: [
          {
            owner,
            stage: 'image-builder',
            from: 'True',
            to: 'False',
            reason: 'HealthyConditionRule',
            message: 'build failed',
            at: T0,
            observedLate: false,
          },
        ],
      },
    ],
    [
      'a stage without output (not yet stamped) records nothing',
      snapshot([]),
      snapshot([{ stage: 'image-builder', output: {} }]),
      { outputs: [], transitions: [] },
    ],
    [
      'a new image digest with the input revision it was built from',
      snapshot([
        {
          stage: 'image-builder',
          output: { digest: 'sha256:1' },
          inputRevision: 'main@sha1:a',
        },
      ]),
      snapshot([
        {
          stage: 'image-builder',
          output: { digest: 'sha256:2' },
          inputRevision: 'main@sha1:b',
          outputTime: T0,
        },
      ]),
      {
        outputs: [
          {
            owner,
            stage: 'image-builder',
            output: { digest: 'sha256:2' },
            firstSeen: T0,
            inputRevision: 'main@sha1:b',
            observedLate: false,
          },
        ],
        transitions: [],
      },
    ],
  ])('%s', (_, previous, current, expected) => {
    expect(diffObservations(previous, current)).toEqual(expected);
  });

  it('marks what it finds while catching up as observed late', () => {
    const records = diffObservations(
      snapshot([source('main@sha1:a')], { status: 'True' }),
      snapshot([source('main@sha1:b', T0)], { status: 'False', reason: 'X' }),
      { late: true },
    );
    expect(records.outputs.map(o => o.observedLate)).toEqual([true]);
    expect(records.transitions).toEqual([
      {
        owner,
        from: 'True',
        to: 'False',
        reason: 'X',
        at: T1,
        observedLate: true,
      },
    ]);
  });
});
