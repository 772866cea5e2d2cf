/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { RealizedResource } from '../types/carto';
import { inputRevisions } from './inputRevisions';

const T0 = '2026-12-01T10:00:00Z';
const T1 = '2026-12-01T10:01:00Z';
const T2 = '2026-12-01T10:02:00Z';

const source = (name: string, revision: string, at: string) => ({
  name,
  outputs: [
    { name: 'revision', preview: `${revision}\n`, lastTransitionTime: at },
  ],
});
const stage = (
  name: string,
  inputs: string[],
  output: string,
  at?: string,
): RealizedResource => ({
  name,
  inputs: inputs.map(i => ({ name: i })),
  outputs: [{ name: output, preview: `${name}-out`, lastTransitionTime: at }],
});

describe('inputRevisions', () => {
  it.each<[string, RealizedResource[], Record<string, string>]>([
    [
      'follows a linear chain back to the source',
      [
        source('source-provider', 'main@sha1:a', T0),
        stage('image-builder', ['source-provider'], 'image', T1),
        stage('app-config', ['image-builder'], 'config', T2),
      ],
      { 'image-builder': 'main@sha1:a', 'app-config': 'main@sha1:a' },
    ],
    [
      'takes the revision a tester hands on, not the newer one at the source',
      [
        source('source-provider', 'main@sha1:b', T2),
        {
          ...source('source-tester', 'main@sha1:a', T1),
          inputs: [{ name: 'source-provider' }],
        },
        stage('image-builder', ['source-tester'], 'image', T1),
      ],
      { 'source-tester': 'main@sha1:a', 'image-builder': 'main@sha1:a' },
    ],
    [
      'tells nothing when the revision upstream changed after the output',
      [
        source('source-provider', 'main@sha1:b', T2),
        stage('image-builder', ['source-provider'], 'image', T1),
      ],
      {},
    ],
    [
      'tells nothing when two inputs lead to different revisions',
      [
        source('app-source', 'main@sha1:a', T0),
        source('config-source', 'main@sha1:c', T0),
        stage('config', ['app-source', 'config-source'], 'config', T1),
      ],
      {},
    ],
    [
      'tells nothing for a stage without output, without inputs, or whose inputs are unknown',
      [
        source('source-provider', 'main@sha1:a', T0),
        { name: 'pending', inputs: [{ name: 'source-provider' }] },
        stage('orphan', ['gone'], 'config', T1),
      ],
      {},
    ],
    [
      'survives a cycle in the declared inputs',
      [stage('a', ['b'], 'image', T0), stage('b', ['a'], 'config', T0)],
      {},
    ],
  ])('%s', (_, resources, expected) => {
    expect(Object.fromEntries(inputRevisions(resources))).toEqual(expected);
  });
});
