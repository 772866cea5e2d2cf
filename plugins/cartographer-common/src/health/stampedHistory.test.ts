/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { HealthRule } from '../types';
import { stampedHistory } from './stampedHistory';

const rule: HealthRule = {
  multiMatch: {
    healthy: {
      matchFields: [
        { key: '.data.result', operator: 'In', values: ['passed'] },
      ],
    },
    unhealthy: {
      matchFields: [
        { key: '.data.result', operator: 'In', values: ['failed'] },
      ],
    },
  },
};
const object = (name: string, createdAt: string, result: string) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, creationTimestamp: createdAt },
  data: { result },
});

describe('stampedHistory', () => {
  it('lists newest first, marks the current object and the one outputs come from', () => {
    const history = stampedHistory(
      [
        object('tests-a', '2026-12-01T10:00:00Z', 'passed'),
        object('tests-c', '2026-12-01T10:02:00Z', 'failed'),
        object('tests-b', '2026-12-01T10:01:00Z', 'passed'),
      ],
      'tests-c',
      rule,
    );
    expect(
      history.map(r => [r.name, r.health.status, r.current, r.outputsFrom]),
    ).toEqual([
      ['tests-c', 'False', true, false],
      ['tests-b', 'True', false, true],
      ['tests-a', 'True', false, false],
    ]);
  });

  it('has no output source while no object is healthy', () => {
    const history = stampedHistory(
      [object('tests-a', '2026-12-01T10:00:00Z', 'failed')],
      'tests-a',
      rule,
    );
    expect(history.some(r => r.outputsFrom)).toBe(false);
  });
});
