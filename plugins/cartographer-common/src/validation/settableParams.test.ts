/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { chain } from '../__fixtures__/builders';
import { ClusterImageTemplate, ClusterTemplate } from '../types';
import { blueprintParams, protectedParamNames } from './settableParams';

const templates = [
  {
    kind: 'ClusterImageTemplate',
    metadata: { name: 'kpack' },
    spec: {
      imagePath: '.status.latestImage',
      params: [
        { name: 'builder', default: 'base' },
        { name: 'registry', default: 'docker.io' },
      ],
    },
  } as ClusterImageTemplate,
  {
    kind: 'ClusterTemplate',
    metadata: { name: 'deploy' },
    spec: { params: [{ name: 'replicas', default: 1 }] },
  } as ClusterTemplate,
];

describe('blueprintParams', () => {
  it('applies Cartographer precedence and marks protected params', () => {
    const c = chain('c', {
      params: [
        { name: 'registry', value: 'registry.local' },
        { name: 'replicas', default: 2 },
      ],
      resources: [
        {
          name: 'image-builder',
          templateRef: { kind: 'ClusterImageTemplate', name: 'kpack' },
          params: [{ name: 'builder', default: 'full' }],
        },
        {
          name: 'deployer',
          templateRef: { kind: 'ClusterTemplate', name: 'deploy' },
          params: [{ name: 'replicas', value: 3 }],
        },
      ],
    });
    expect(blueprintParams(c, templates)).toEqual([
      {
        name: 'builder',
        protected: false,
        default: 'full',
        source: 'resource',
        resources: ['image-builder'],
      },
      {
        name: 'registry',
        protected: true,
        default: 'registry.local',
        source: 'chain',
        resources: ['image-builder'],
      },
      {
        name: 'replicas',
        protected: true,
        default: 3,
        source: 'resource',
        resources: ['deployer'],
      },
    ]);
    expect(protectedParamNames(c)).toEqual(['registry', 'replicas']);
  });

  it('lists template defaults as settable when the chain is silent', () => {
    const c = chain('c', {
      resources: [
        {
          name: 'deployer',
          templateRef: { kind: 'ClusterTemplate', name: 'deploy' },
        },
      ],
    });
    expect(blueprintParams(c, templates)).toEqual([
      {
        name: 'replicas',
        protected: false,
        default: 1,
        source: 'template',
        resources: ['deployer'],
      },
    ]);
  });
});
