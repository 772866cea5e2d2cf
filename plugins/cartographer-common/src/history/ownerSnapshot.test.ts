/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { owner } from './__fixtures__/owner';
import { diffObservations } from './diffObservations';
import { ownerSnapshot, snapshotFromRecords } from './ownerSnapshot';

const T0 = '2026-12-01T10:00:00Z';
const T1 = '2026-12-01T10:01:00Z';
const NOW = '2026-12-01T10:02:00Z';

const status = {
  conditions: [
    {
      type: 'Ready',
      status: 'False' as const,
      reason: 'HealthyConditionRule',
      message: 'build failed',
      lastTransitionTime: T1,
    },
  ],
  resources: [
    {
      name: 'source-provider',
      outputs: [
        {
          name: 'url',
          preview: 'https://g/a.tar.gz\n',
          digest: 'sha256:u',
          lastTransitionTime: T0,
        },
        {
          name: 'revision',
          preview: 'main@sha1:abc\n',
          digest: 'sha256:r',
          lastTransitionTime: T1,
        },
      ],
      conditions: [
        {
          type: 'Ready',
          status: 'True' as const,
          reason: 'Ready',
          lastTransitionTime: T0,
        },
      ],
    },
    {
      name: 'image-builder',
      outputs: [
        {
          name: 'image',
          preview: 'registry/app@sha256:1\n',
          digest: 'sha256:i',
        },
      ],
      conditions: [{ type: 'Healthy', status: 'False' as const }],
    },
    {
      name: 'app-config',
      outputs: [
        {
          name: 'config',
          preview: 'kind: Deployment',
          digest: 'sha256:c',
          lastTransitionTime: T1,
        },
      ],
    },
    { name: 'config-writer' },
  ],
};

describe('ownerSnapshot', () => {
  it('reads outputs, their latest time and Ready conditions of the owner and each stage', () => {
    expect(ownerSnapshot(owner, status, NOW)).toEqual({
      owner,
      observedAt: NOW,
      ready: {
        status: 'False',
        reason: 'HealthyConditionRule',
        message: 'build failed',
        lastTransitionTime: T1,
      },
      stages: [
        {
          stage: 'source-provider',
          output: { url: 'https://g/a.tar.gz', revision: 'main@sha1:abc' },
          outputTime: T1,
          ready: { status: 'True', reason: 'Ready', lastTransitionTime: T0 },
        },
        { stage: 'image-builder', output: { digest: 'registry/app@sha256:1' } },
        {
          stage: 'app-config',
          output: { configHash: 'sha256:c' },
          outputTime: T1,
        },
        { stage: 'config-writer' },
      ],
    });
  });

  it("names the revision an output was built from when the chain's inputs tell", () => {
    const inputs: Record<string, string> = {
      'image-builder': 'source-provider',
      'app-config': 'image-builder',
    };
    const withInputs = {
      ...status,
      resources: status.resources.map(r =>
        inputs[r.name] ? { ...r, inputs: [{ name: inputs[r.name] }] } : r,
      ),
    };
    const stages = ownerSnapshot(owner, withInputs, NOW).stages;
    expect(stages.map(s => [s.stage, s.inputRevision])).toEqual([
      ['source-provider', undefined],
      ['image-builder', 'main@sha1:abc'],
      ['app-config', 'main@sha1:abc'],
      ['config-writer', undefined],
    ]);
    // Recorded with the output, for the timeline to place it.
    expect(
      diffObservations(
        undefined,
        ownerSnapshot(owner, withInputs, NOW),
      ).outputs.find(o => o.stage === 'app-config')?.inputRevision,
    ).toBe('main@sha1:abc');
  });

  it('reads an owner without status as no stages', () => {
    expect(ownerSnapshot(owner, undefined, NOW)).toEqual({
      owner,
      observedAt: NOW,
      stages: [],
    });
  });
});

describe('snapshotFromRecords', () => {
  it('is undefined without records', () => {
    expect(snapshotFromRecords(owner, [], [], NOW)).toBeUndefined();
  });

  it('rebuilds a snapshot whose diff against the same status is empty', () => {
    const live = ownerSnapshot(owner, status, NOW);
    const records = diffObservations(undefined, live);
    const rebuilt = snapshotFromRecords(
      owner,
      records.outputs,
      records.transitions,
      NOW,
    );
    expect(diffObservations(rebuilt, live)).toEqual({
      outputs: [],
      transitions: [],
    });
  });

  it('keeps the newest output and Ready state per stage', () => {
    const older = {
      owner,
      stage: 's',
      output: { revision: 'a' },
      firstSeen: T0,
      observedLate: false,
    };
    const newer = { ...older, output: { revision: 'b' }, firstSeen: T1 };
    const failed = {
      owner,
      stage: 's',
      to: 'False' as const,
      at: T0,
      observedLate: false,
    };
    const ready = { ...failed, to: 'True' as const, at: T1 };
    expect(
      snapshotFromRecords(owner, [newer, older], [ready, failed], NOW)?.stages,
    ).toEqual([
      {
        stage: 's',
        output: { revision: 'b' },
        outputTime: T1,
        ready: {
          status: 'True',
          reason: undefined,
          message: undefined,
          lastTransitionTime: T1,
        },
      },
    ]);
  });
});
