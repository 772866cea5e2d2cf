/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ClusterRunTemplate, Runnable } from '../types';
import {
  buildRunHistory,
  currentRunName,
  inputPaths,
  runInputs,
  runKindOf,
  runOutputs,
  RunObject,
  runRevision,
  runsDiagnosis,
  runState,
  runTimes,
} from './runHistory';

const template: ClusterRunTemplate = {
  apiVersion: 'carto.run/v1alpha1',
  kind: 'ClusterRunTemplate',
  metadata: { name: 'tests' },
  spec: {
    outputs: {
      revision: '.status.outputs.revision',
      url: 'status.outputs.url',
    },
    template: {
      apiVersion: 'tekton.dev/v1beta1',
      kind: 'TaskRun',
      metadata: { generateName: '$(runnable.metadata.name)$-' },
      spec: {
        params: [
          { name: 'revision', value: '$(runnable.spec.inputs.revision)$' },
          { name: 'note', value: 'tests $(runnable.spec.inputs.revision)$' },
        ],
        source: { url: '$( runnable.spec.inputs.url )$' },
      },
    },
  },
};

const runnable: Runnable = {
  apiVersion: 'carto.run/v1alpha1',
  kind: 'Runnable',
  metadata: { name: 'app-tests', namespace: 'qa', generation: 3 },
  spec: {
    runTemplateRef: { name: 'tests' },
    inputs: { revision: 'main@sha1:ccc', url: 'https://x/r3.tgz', extra: 1 },
  },
};

function run(
  name: string,
  created: string,
  succeeded?: 'True' | 'False' | 'Unknown',
  extra: Partial<RunObject['status']> = {},
  revision = name,
): RunObject {
  return {
    apiVersion: 'tekton.dev/v1beta1',
    kind: 'TaskRun',
    metadata: { name, namespace: 'qa', creationTimestamp: created },
    spec: {
      params: [
        { name: 'revision', value: revision },
        { name: 'note', value: `tests ${revision}` },
      ],
      source: { url: `https://x/${name}.tgz` },
    },
    status: {
      ...(succeeded
        ? {
            conditions: [
              {
                type: 'Succeeded',
                status: succeeded,
                reason: succeeded === 'False' ? 'Failed' : 'Done',
                message: succeeded === 'False' ? '2 tests failed' : '',
                lastTransitionTime: '2026-01-01T10:05:00Z',
              },
            ],
          }
        : {}),
      outputs: { revision, url: `https://x/${name}.tgz` },
      ...extra,
    },
  };
}

describe('runState', () => {
  it.each([
    ['Succeeded True', [{ type: 'Succeeded', status: 'True' }], 'succeeded'],
    ['Succeeded False', [{ type: 'Succeeded', status: 'False' }], 'failed'],
    [
      'Succeeded Unknown',
      [{ type: 'Succeeded', status: 'Unknown' }],
      'running',
    ],
    ['Ready when no Succeeded', [{ type: 'Ready', status: 'False' }], 'failed'],
    [
      'Succeeded over Ready',
      [
        { type: 'Ready', status: 'False' },
        { type: 'Succeeded', status: 'True' },
      ],
      'succeeded',
    ],
    ['no conditions', [], 'unknown'],
  ])('%s', (_, conditions, state) => {
    expect(runState({ status: { conditions } } as any).state).toBe(state);
  });

  it('carries the deciding condition reason and message', () => {
    expect(runState(run('a', '2026-01-01T10:00:00Z', 'False'))).toEqual({
      state: 'failed',
      reason: 'Failed',
      message: '2 tests failed',
    });
  });
});

describe('runTimes', () => {
  it.each([
    [
      'Tekton start and completion times',
      run('a', '2026-01-01T10:00:00Z', 'True', {
        startTime: '2026-01-01T10:00:10Z',
        completionTime: '2026-01-01T10:01:40Z',
      }),
      {
        startedAt: '2026-01-01T10:00:10Z',
        completedAt: '2026-01-01T10:01:40Z',
        durationSeconds: 90,
      },
    ],
    [
      'creation and the final condition transition',
      run('a', '2026-01-01T10:00:00Z', 'False'),
      {
        startedAt: '2026-01-01T10:00:00Z',
        completedAt: '2026-01-01T10:05:00Z',
        durationSeconds: 300,
      },
    ],
    [
      'a running run has no completion',
      run('a', '2026-01-01T10:00:00Z', 'Unknown'),
      {
        startedAt: '2026-01-01T10:00:00Z',
        completedAt: undefined,
        durationSeconds: undefined,
      },
    ],
    [
      'a final condition without a transition time',
      {
        metadata: { creationTimestamp: '2026-01-01T10:00:00Z' },
        status: { conditions: [{ type: 'Succeeded', status: 'True' }] },
      } as RunObject,
      {
        startedAt: '2026-01-01T10:00:00Z',
        completedAt: undefined,
        durationSeconds: undefined,
      },
    ],
  ])('%s', (_, object, expected) => {
    expect(runTimes(object)).toEqual(expected);
  });
});

describe('inputPaths and runInputs', () => {
  it('finds every leaf that is exactly one input reference', () => {
    expect(inputPaths(template.spec.template)).toEqual({
      revision: [['spec', 'params', '0', 'value']],
      url: [['spec', 'source', 'url']],
    });
  });

  it('reads the inputs back from the run object, skipping metadata', () => {
    const paths = {
      ...inputPaths(template.spec.template),
      name: [['metadata', 'name']],
    };
    expect(runInputs(run('r1', '2026-01-01T10:00:00Z'), paths)).toEqual({
      revision: 'r1',
      url: 'https://x/r1.tgz',
    });
  });
});

describe('runOutputs', () => {
  it.each([
    [
      'with or without a leading dot',
      template.spec.outputs,
      { revision: 'r1', url: 'https://x/r1.tgz' },
    ],
    ['a path reaching nothing is left out', { image: '.status.image' }, {}],
    ['an invalid path is left out', { bad: '.status[' }, {}],
    ['no outputs declared', undefined, {}],
  ])('%s', (_, paths, expected) => {
    expect(runOutputs(run('r1', '2026-01-01T10:00:00Z'), paths)).toEqual(
      expected,
    );
  });
});

describe('runRevision', () => {
  it.each([
    [{ revision: 'main@sha1:abc' }, 'main@sha1:abc'],
    [{ source: { url: 'u', revision: 'v1.2' } }, 'v1.2'],
    [{ 'git-commit': 'abc123' }, 'abc123'],
    [{ url: 'https://x', revision: '' }, undefined],
    [{ url: 'https://x' }, undefined],
    [{ revision: 42 }, undefined],
  ])('%j -> %s', (inputs, expected) => {
    expect(runRevision(inputs as any)).toBe(expected);
  });
});

describe('currentRunName', () => {
  it.each([
    [
      'the newest succeeded run, not the newest run',
      [
        run('a', '2026-01-01T10:00:00Z', 'True'),
        run('c', '2026-01-01T12:00:00Z', 'False'),
        run('b', '2026-01-01T11:00:00Z', 'True'),
      ],
      'b',
    ],
    [
      'on a tie of creation seconds, the smallest name, as the controller keeps the first listed',
      [
        run('tests-zz', '2026-01-01T10:00:00Z', 'True'),
        run('tests-aa', '2026-01-01T10:00:00Z', 'True'),
        run('tests-mm', '2026-01-01T09:59:59Z', 'True'),
      ],
      'tests-aa',
    ],
    [
      'a later second beats a smaller name',
      [
        run('tests-aa', '2026-01-01T10:00:00Z', 'True'),
        run('tests-zz', '2026-01-01T10:00:01Z', 'True'),
      ],
      'tests-zz',
    ],
    ['none succeeded', [run('a', '2026-01-01T10:00:00Z', 'False')], undefined],
    ['no runs', [], undefined],
  ])('%s', (_, runs, expected) => {
    expect(currentRunName(runs)).toBe(expected);
  });
});

describe('runsDiagnosis', () => {
  const base = {
    apiVersion: 'v',
    kind: 'K',
    inputs: {},
    inputsSource: 'runObject' as const,
    outputs: {},
    current: false,
  };
  it.each([
    [
      'names the newest finished run when it failed',
      [
        { ...base, name: 'r3', state: 'running' as const },
        {
          ...base,
          name: 'r2',
          state: 'failed' as const,
          message: 'boom',
          revision: 'main@sha1:b',
        },
        { ...base, name: 'r1', state: 'succeeded' as const },
      ],
      'Run r2 on main@sha1:b failed: boom',
    ],
    [
      'a failure fixed by a later success is history',
      [
        { ...base, name: 'r2', state: 'succeeded' as const },
        { ...base, name: 'r1', state: 'failed' as const, message: 'boom' },
      ],
      undefined,
    ],
    [
      'falls back to the reason',
      [{ ...base, name: 'r1', state: 'failed' as const, reason: 'Timeout' }],
      'Run r1 failed: Timeout',
    ],
    ['no runs', [], undefined],
  ])('%s', (_, runs, expected) => {
    expect(runsDiagnosis(runs)).toBe(expected);
  });
});

describe('runKindOf', () => {
  it.each([
    [template, { apiVersion: 'tekton.dev/v1beta1', kind: 'TaskRun' }],
    [{ ...template, spec: { template: {} } }, undefined],
    [undefined, undefined],
  ])('%#', (t, expected) => {
    expect(runKindOf(t as any)).toEqual(expected);
  });
});

describe('buildRunHistory', () => {
  const objects = [
    run('r1', '2026-01-01T10:00:00Z', 'True', {}, 'main@sha1:aaa'),
    run('r3', '2026-01-01T12:00:00Z', 'False', {}, 'main@sha1:ccc'),
    run('r2', '2026-01-01T11:00:00Z', 'True', {}, 'main@sha1:bbb'),
  ];

  it('lists runs newest first with inputs, outputs, revision and the current run', () => {
    const history = buildRunHistory({ runnable, template, objects });
    expect(history.runKind).toEqual({
      apiVersion: 'tekton.dev/v1beta1',
      kind: 'TaskRun',
    });
    expect(history.total).toBe(3);
    expect(history.nextOffset).toBeUndefined();
    expect(
      history.items.map(r => [
        r.name,
        r.state,
        r.revision,
        r.current,
        r.inputsSource,
      ]),
    ).toEqual([
      ['r3', 'failed', 'main@sha1:ccc', false, 'runnable'],
      ['r2', 'succeeded', 'main@sha1:bbb', true, 'runObject'],
      ['r1', 'succeeded', 'main@sha1:aaa', false, 'runObject'],
    ]);
    // The newest run shows the Runnable's full inputs, including ones the template did not copy.
    expect(history.items[0].inputs).toEqual(runnable.spec.inputs);
    expect(history.items[1].inputs).toEqual({
      revision: 'main@sha1:bbb',
      url: 'https://x/r2.tgz',
    });
    expect(history.items[1].outputs).toEqual({
      revision: 'main@sha1:bbb',
      url: 'https://x/r2.tgz',
    });
    expect(history.items[0].message).toBe('2 tests failed');
    expect(history.diagnosis).toBe(
      'Run r3 on main@sha1:ccc failed: 2 tests failed',
    );
    expect(history.warnings).toEqual([]);
  });

  it('orders runs of the same second by resource version, and gives current inputs only to a run stamped from them', () => {
    const same = (name: string, rv: string, revision: string) => ({
      ...run(name, '2026-01-01T10:00:00Z', 'True', {}, revision),
      metadata: {
        name,
        namespace: 'qa',
        creationTimestamp: '2026-01-01T10:00:00Z',
        resourceVersion: rv,
      },
    });
    const history = buildRunHistory({
      runnable: {
        ...runnable,
        spec: {
          ...runnable.spec,
          inputs: { revision: 'old', url: 'https://x/z-old.tgz', extra: 2 },
        },
      },
      template,
      objects: [same('z-old', '100', 'old'), same('a-new', '250', 'new')],
    });
    expect(
      history.items.map(r => [r.name, r.inputsSource, r.inputs.extra]),
    ).toEqual([
      ['a-new', 'runObject', undefined],
      ['z-old', 'runnable', 2],
    ]);
  });

  it('pages by offset and limit', () => {
    const first = buildRunHistory({ runnable, template, objects, limit: 2 });
    expect(first.items.map(r => r.name)).toEqual(['r3', 'r2']);
    expect(first.nextOffset).toBe(2);
    const second = buildRunHistory({
      runnable,
      template,
      objects,
      limit: 2,
      offset: 2,
    });
    expect(second.items.map(r => r.name)).toEqual(['r1']);
    expect(second.nextOffset).toBeUndefined();
    expect(second.total).toBe(3);
  });

  it('keeps 20 runs per page by default', () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      run(
        `r${String(i).padStart(2, '0')}`,
        new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
        'True',
      ),
    );
    const history = buildRunHistory({ runnable, template, objects: many });
    expect(history.items).toHaveLength(20);
    expect(history.items[0].name).toBe('r24');
    expect(history.nextOffset).toBe(20);
  });

  it('works without the template (deleted): no outputs, inputs only for the newest run', () => {
    const history = buildRunHistory({ runnable, objects });
    expect(history.runKind).toBeUndefined();
    expect(history.items[1].inputs).toEqual({});
    expect(history.items[1].outputs).toEqual({});
  });
});
