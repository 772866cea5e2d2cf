/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { HealthRule } from '../types';
import { stampedObjectHealth } from './stampedObjectHealth';

const configMap = (data: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'x' },
  data,
});
const withCondition = (status: string, message = 'it says so') => ({
  apiVersion: 'tekton.dev/v1',
  kind: 'TaskRun',
  metadata: { name: 'x' },
  status: { conditions: [{ type: 'Succeeded', status, message }] },
});

const branchRule: HealthRule = {
  multiMatch: {
    healthy: {
      matchFields: [
        { key: '.data.branch', operator: 'In', values: ['release'] },
      ],
    },
    unhealthy: {
      matchFields: [{ key: '.data.branch', operator: 'In', values: ['main'] }],
    },
  },
};
const resultRule: HealthRule = {
  multiMatch: {
    healthy: {
      matchFields: [
        {
          key: '.data.result',
          operator: 'In',
          values: ['passed'],
          messagePath: '.data.summary',
        },
      ],
    },
    unhealthy: {
      matchFields: [
        {
          key: '.data.result',
          operator: 'In',
          values: ['failed'],
          messagePath: '.data.summary',
        },
      ],
    },
  },
};
const succeededRule: HealthRule = {
  multiMatch: {
    healthy: { matchConditions: [{ type: 'Succeeded', status: 'True' }] },
    unhealthy: { matchConditions: [{ type: 'Succeeded', status: 'False' }] },
  },
};

describe('stampedObjectHealth', () => {
  it.each([
    [
      'no object',
      resultRule,
      undefined,
      { status: 'Unknown', reason: 'NoStampedObject' },
    ],
    [
      'no rule',
      undefined,
      configMap({}),
      { status: 'True', reason: 'AlwaysHealthy' },
    ],
    [
      'alwaysHealthy',
      { alwaysHealthy: {} },
      configMap({}),
      { status: 'True', reason: 'AlwaysHealthy' },
    ],
    [
      // Cartographer's own message for a rule without messagePath.
      'an unhealthy field without messagePath',
      branchRule,
      configMap({ branch: 'main' }),
      {
        status: 'False',
        reason: 'MatchedField',
        message:
          'field value: main, message: unknown, error retrieving message path []',
      },
    ],
    [
      'a healthy field',
      branchRule,
      configMap({ branch: 'release' }),
      {
        status: 'True',
        reason: 'MatchedField',
        message:
          'field value: release, message: unknown, error retrieving message path []',
      },
    ],
    [
      'an unhealthy field with its message',
      resultRule,
      configMap({ result: 'failed', summary: '3 tests failed' }),
      {
        status: 'False',
        reason: 'MatchedField',
        message: 'field value: failed, message: 3 tests failed',
      },
    ],
    [
      'no rule matching',
      resultRule,
      configMap({ result: 'running' }),
      { status: 'Unknown', reason: 'NoMatchesFulfilled' },
    ],
    [
      'an unhealthy condition',
      succeededRule,
      withCondition('False', 'step build failed'),
      {
        status: 'False',
        reason: 'MatchedCondition',
        message: 'condition status: False, message: step build failed',
      },
    ],
    [
      'a healthy condition',
      succeededRule,
      withCondition('True', 'done'),
      {
        status: 'True',
        reason: 'MatchedCondition',
        message: 'condition status: True, message: done',
      },
    ],
    [
      'singleConditionType, True',
      { singleConditionType: 'Succeeded' },
      withCondition('True', 'done'),
      { status: 'True', reason: 'SucceededCondition', message: 'done' },
    ],
    [
      'singleConditionType, missing',
      { singleConditionType: 'Ready' },
      withCondition('True'),
      {
        status: 'Unknown',
        reason: 'ReadyCondition',
        message: 'condition with type [Ready] not found on resource status',
      },
    ],
  ] as const)('%s', (_, rule, object, expected) => {
    expect(
      stampedObjectHealth(
        rule as HealthRule,
        object as Parameters<typeof stampedObjectHealth>[1],
      ),
    ).toEqual(expected);
  });
});
