/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ClusterRunTemplate, Runnable } from '../types';
import {
  explainRunnableSelection,
  isStandaloneRunnable,
  matchesRunnableFilter,
  summarizeRunnable,
} from './runnables';

function runnable(
  overrides: Partial<Runnable['metadata']> = {},
  spec: Partial<Runnable['spec']> = {},
): Runnable {
  return {
    apiVersion: 'carto.run/v1alpha1',
    kind: 'Runnable',
    metadata: { name: 'smoke', namespace: 'qa', generation: 2, ...overrides },
    spec: { runTemplateRef: { name: 'smoke-run' }, ...spec },
    status: {
      observedGeneration: 2,
      conditions: [
        { type: 'RunTemplateReady', status: 'True', reason: 'Ready' },
        {
          type: 'StampedObjectCondition',
          status: 'False',
          reason: 'SucceededCondition',
          message: 'boom',
          lastTransitionTime: '2026-01-01T10:00:00Z',
        },
        {
          type: 'Ready',
          status: 'False',
          reason: 'SucceededCondition',
          message: 'boom',
        },
      ],
    },
  };
}

const template = (name: string): ClusterRunTemplate => ({
  apiVersion: 'carto.run/v1alpha1',
  kind: 'ClusterRunTemplate',
  metadata: { name },
  spec: { template: {} },
});

describe('isStandaloneRunnable', () => {
  it.each([
    ['no owner', undefined, true],
    [
      'owned by a Workload',
      [
        {
          apiVersion: 'carto.run/v1alpha1',
          kind: 'Workload',
          name: 'w',
          uid: '1',
        },
      ],
      false,
    ],
    [
      'owned by a Deliverable',
      [
        {
          apiVersion: 'carto.run/v1alpha1',
          kind: 'Deliverable',
          name: 'd',
          uid: '1',
        },
      ],
      false,
    ],
    [
      'owned by something else',
      [{ apiVersion: 'example.com/v1', kind: 'Workload', name: 'w', uid: '1' }],
      true,
    ],
  ])('%s', (_, ownerReferences, expected) => {
    expect(isStandaloneRunnable(runnable({ ownerReferences } as any))).toBe(
      expected,
    );
  });
});

describe('summarizeRunnable', () => {
  it('takes state and message from Ready and the last run from the stamped condition', () => {
    expect(
      summarizeRunnable(
        'local',
        runnable({
          creationTimestamp: '2026-01-01T09:00:00Z',
          labels: { a: 'b' },
        }),
        false,
      ),
    ).toEqual({
      cluster: 'local',
      namespace: 'qa',
      name: 'smoke',
      labels: { a: 'b' },
      state: 'failed',
      reason: 'SucceededCondition',
      message: 'boom',
      runTemplate: 'smoke-run',
      lastRunAt: '2026-01-01T10:00:00Z',
      createdAt: '2026-01-01T09:00:00Z',
      stale: false,
    });
  });

  it('reports an unobserved generation as unknown', () => {
    expect(
      summarizeRunnable('local', runnable({ generation: 3 }), true),
    ).toMatchObject({
      state: 'unknown',
      stale: true,
    });
  });
});

describe('explainRunnableSelection', () => {
  const selector = {
    resource: { apiVersion: 'v1', kind: 'ConfigMap' },
    matchingLabels: { target: 'true', app: 'inventory' },
  };
  const cm = (name: string, labels: Record<string, string>) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace: 'qa', labels },
  });

  it('names the run template spec.runTemplateRef names, whatever else exists', () => {
    const result = explainRunnableSelection(runnable(), [
      template('other'),
      template('smoke-run'),
    ]);
    expect(result.template.outcome).toBe('found');
    expect(result.templates).toEqual([
      {
        name: 'other',
        chosen: false,
        why: expect.stringContaining('not named'),
      },
      { name: 'smoke-run', chosen: true, why: 'named by spec.runTemplateRef' },
    ]);
    expect(result.selector).toBeUndefined();
  });

  it('reports a missing run template', () => {
    expect(
      explainRunnableSelection(runnable(), [template('other')]).template,
    ).toEqual({
      outcome: 'missing',
      message: expect.stringContaining('smoke-run does not exist'),
    });
  });

  it.each([
    [
      'selects the only object carrying every label, over a less specific one',
      [
        cm('partial', { target: 'true' }),
        cm('full', { target: 'true', app: 'inventory', x: 'y' }),
      ],
      'selected',
      'full',
      [
        { name: 'full', matches: true, missingLabels: [] },
        { name: 'partial', matches: false, missingLabels: ['app=inventory'] },
      ],
    ],
    [
      'none matches',
      [cm('partial', { target: 'true' })],
      'none',
      undefined,
      [{ name: 'partial', matches: false, missingLabels: ['app=inventory'] }],
    ],
    [
      'several match',
      [cm('a', selector.matchingLabels), cm('b', selector.matchingLabels)],
      'multiple',
      undefined,
      [
        { name: 'a', matches: true, missingLabels: [] },
        { name: 'b', matches: true, missingLabels: [] },
      ],
    ],
  ])('%s', (_, candidates, outcome, selected, rows) => {
    const result = explainRunnableSelection(
      runnable({}, { selector }),
      [template('smoke-run')],
      candidates,
    );
    expect(result.selector?.selected).toBe(selected);
    expect(result.selector).toMatchObject({
      outcome,
      resource: selector.resource,
    });
    expect(result.selector!.candidates).toEqual(
      rows.map(r => ({ ...r, namespace: 'qa' })),
    );
  });

  it('says so when the candidates could not be read', () => {
    expect(
      explainRunnableSelection(runnable({}, { selector }), [], undefined)
        .selector,
    ).toMatchObject({
      outcome: 'unreadable',
      candidates: [],
    });
  });
});

describe('matchesRunnableFilter', () => {
  const row = summarizeRunnable(
    'local',
    runnable({ labels: { team: 'qa-squad' } }),
    false,
  );
  it.each([
    [{}, true],
    [{ cluster: 'local', namespace: 'qa' }, true],
    [{ cluster: 'other' }, false],
    [{ namespace: 'dev' }, false],
    [{ runTemplate: 'smoke-run', state: 'failed' }, true],
    [{ runTemplate: 'other' }, false],
    [{ state: 'ready' }, false],
    [{ q: 'SMOKE' }, true],
    [{ q: 'team=qa-squad' }, true],
    [{ q: 'boom' }, true],
    [{ q: 'nothing-like-it' }, false],
  ])('%j -> %s', (filter, expected) => {
    expect(matchesRunnableFilter(row, filter)).toBe(expected);
  });
});
