/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { chain } from '../__fixtures__/builders';
import {
  readyWorkload,
  resourceConditions,
  workshopChain,
} from '../__fixtures__/workshop';
import { ClusterDelivery, Deliverable } from '../types';
import { buildSupplyChainGraph, stageState } from './buildGraph';
import { stageColumns } from './layout';

describe('buildSupplyChainGraph', () => {
  it('builds a linear chain in spec order with edges from inputs and outputs on edges', () => {
    const graph = buildSupplyChainGraph(workshopChain, readyWorkload());
    expect(
      graph.nodes.map(n => [n.name, n.templateKind, n.templateName, n.state]),
    ).toEqual([
      ['source-provider', 'ClusterSourceTemplate', 'git-source', 'ready'],
      ['image-builder', 'ClusterImageTemplate', 'image', 'ready'],
      ['config-provider', 'ClusterConfigTemplate', 'convention', 'ready'],
      ['app-config', 'ClusterConfigTemplate', 'app-config', 'ready'],
      ['deployer', 'ClusterTemplate', 'deployer', 'ready'],
    ]);
    expect(
      graph.edges.map(e => [
        e.from,
        e.to,
        e.inputKind,
        e.alias,
        e.output?.name,
        e.output?.shortDigest,
      ]),
    ).toEqual([
      [
        'source-provider',
        'image-builder',
        'source',
        'source',
        'revision',
        'bbbbbbbbbbbb',
      ],
      [
        'image-builder',
        'config-provider',
        'image',
        'image',
        'image',
        'cccccccccccc',
      ],
      [
        'config-provider',
        'app-config',
        'config',
        'config',
        'config',
        'dddddddddddd',
      ],
      ['app-config', 'deployer', 'config', 'config', 'config', 'eeeeeeeeeeee'],
    ]);
    expect(graph.nodes[0].stampedRef).toMatchObject({
      kind: 'ConfigMap',
      name: 'hello-source-provider',
      resource: 'configmaps',
    });
    expect(graph.nodes[0].lastTransitionTime).toBe('2026-11-24T10:00:00Z');
    expect(graph.orphaned).toEqual([]);
    expect(stageColumns(graph)).toEqual({
      'source-provider': 0,
      'image-builder': 1,
      'config-provider': 2,
      'app-config': 3,
      deployer: 4,
    });
  });

  it('keeps spec order when the status lists resources in another order', () => {
    const workload = readyWorkload();
    workload.status!.resources!.reverse();
    expect(
      buildSupplyChainGraph(workshopChain, workload).nodes.map(n => n.name),
    ).toEqual(workshopChain.spec.resources.map(r => r.name));
  });

  it('draws fan-in: a stage consuming two producers', () => {
    const fanIn = chain('fan-in', {
      resources: [
        {
          name: 'source',
          templateRef: { kind: 'ClusterSourceTemplate', name: 's' },
        },
        {
          name: 'tests',
          templateRef: { kind: 'ClusterSourceTemplate', name: 't' },
          sources: [{ resource: 'source', name: 'source' }],
        },
        {
          name: 'config',
          templateRef: { kind: 'ClusterConfigTemplate', name: 'c' },
        },
        {
          name: 'image',
          templateRef: { kind: 'ClusterImageTemplate', name: 'i' },
          sources: [{ resource: 'tests', name: 'source' }],
          configs: [{ resource: 'config', name: 'settings' }],
        },
      ],
    });
    const graph = buildSupplyChainGraph(fanIn);
    expect(
      graph.edges
        .filter(e => e.to === 'image')
        .map(e => `${e.from}:${e.inputKind}:${e.alias}`),
    ).toEqual(['tests:source:source', 'config:config:settings']);
    expect(stageColumns(graph)).toEqual({
      source: 0,
      tests: 1,
      config: 0,
      image: 2,
    });
  });

  it('shows options with the chosen one, and pass-through', () => {
    const optionsChain = chain('options', {
      resources: [
        {
          name: 'source-provider',
          templateRef: {
            kind: 'ClusterSourceTemplate',
            options: [
              {
                name: 'git-source',
                selector: {
                  matchFields: [{ key: 'spec.source.git', operator: 'Exists' }],
                },
              },
              {
                name: 'image-source',
                selector: {
                  matchFields: [
                    { key: 'spec.source.image', operator: 'Exists' },
                  ],
                },
              },
            ],
          },
        },
        {
          name: 'image-provider',
          templateRef: {
            kind: 'ClusterImageTemplate',
            options: [
              {
                name: 'kpack',
                selector: {
                  matchFields: [
                    { key: 'spec.image', operator: 'DoesNotExist' },
                  ],
                },
              },
              {
                passThrough: 'image',
                selector: {
                  matchFields: [{ key: 'spec.image', operator: 'Exists' }],
                },
              },
            ],
          },
        },
      ],
    });
    const owner = readyWorkload();
    owner.status!.resources = [
      {
        name: 'source-provider',
        templateRef: { kind: 'ClusterSourceTemplate', name: 'image-source' },
        conditions: resourceConditions('True'),
      },
      {
        name: 'image-provider',
        conditions: [
          { type: 'ResourceSubmitted', status: 'True', reason: 'PassThrough' },
          { type: 'Healthy', status: 'True', reason: 'OutputsAvailable' },
          { type: 'Ready', status: 'True', reason: 'Ready' },
        ],
      },
    ];
    const [source, image] = buildSupplyChainGraph(optionsChain, owner).nodes;
    expect(source).toMatchObject({
      options: ['git-source', 'image-source'],
      chosenOption: 'image-source',
      templateName: undefined,
      state: 'ready',
    });
    expect(image).toMatchObject({
      options: ['kpack', 'passThrough:image'],
      chosenOption: 'passThrough:image',
      passThrough: 'image',
      stampedRef: undefined,
    });
  });

  it('marks every stage unknown without status and reports orphaned status entries', () => {
    expect(
      buildSupplyChainGraph(workshopChain).nodes.every(
        n => n.state === 'unknown' && n.outputs.length === 0,
      ),
    ).toBe(true);
    const owner = readyWorkload();
    owner.status!.resources!.push({
      name: 'old-stage',
      conditions: resourceConditions('True'),
    });
    expect(buildSupplyChainGraph(workshopChain, owner).orphaned).toEqual([
      'old-stage',
    ]);
  });

  it('adds edges reported only in status inputs', () => {
    const noInputs = chain('implicit', {
      resources: [
        {
          name: 'a',
          templateRef: { kind: 'ClusterSourceTemplate', name: 'a' },
        },
        { name: 'b', templateRef: { kind: 'ClusterTemplate', name: 'b' } },
      ],
    });
    const owner = readyWorkload();
    owner.status!.resources = [
      {
        name: 'a',
        outputs: [
          { name: 'url', preview: 'x', digest: 'sha256:0123456789abcdef' },
        ],
        conditions: resourceConditions('True'),
      },
      {
        name: 'b',
        inputs: [{ name: 'a' }],
        conditions: resourceConditions('True'),
      },
    ];
    expect(buildSupplyChainGraph(noInputs, owner).edges).toEqual([
      {
        from: 'a',
        to: 'b',
        inputKind: 'unknown',
        alias: undefined,
        output: expect.objectContaining({
          name: 'url',
          shortDigest: '0123456789ab',
        }),
      },
    ]);
  });

  it('builds a delivery graph with a deployment edge', () => {
    const delivery: ClusterDelivery = {
      kind: 'ClusterDelivery',
      metadata: { name: 'delivery' },
      spec: {
        resources: [
          {
            name: 'source-provider',
            templateRef: {
              kind: 'ClusterSourceTemplate',
              name: 'delivery-source',
            },
          },
          {
            name: 'deployer',
            templateRef: {
              kind: 'ClusterDeploymentTemplate',
              name: 'app-deploy',
            },
            deployment: { resource: 'source-provider' },
          },
        ],
      },
    };
    const deliverable: Deliverable = {
      kind: 'Deliverable',
      metadata: { name: 'hello' },
      status: {
        resources: [
          {
            name: 'source-provider',
            outputs: [
              { name: 'url', digest: 'sha256:1111' },
              { name: 'revision', digest: 'sha256:2222' },
            ],
            conditions: resourceConditions('True'),
          },
          {
            name: 'deployer',
            conditions: resourceConditions('False', {
              reason: 'ConditionNotMet',
              message: 'waiting',
              healthy: 'Unknown',
            }),
          },
        ],
      },
    };
    const graph = buildSupplyChainGraph(delivery, deliverable);
    expect(graph.edges).toEqual([
      {
        from: 'source-provider',
        to: 'deployer',
        inputKind: 'deployment',
        alias: 'deployment',
        output: expect.objectContaining({ name: 'revision' }),
      },
    ]);
    expect(graph.nodes[1]).toMatchObject({
      templateKind: 'ClusterDeploymentTemplate',
      state: 'failed',
    });
  });
});

describe('stageState', () => {
  it.each([
    [undefined, 'unknown'],
    [resourceConditions('True'), 'ready'],
    [
      resourceConditions('False', {
        reason: 'TemplateStampFailure',
        submitted: 'False',
        healthy: 'Unknown',
      }),
      'failed',
    ],
    [
      resourceConditions('Unknown', {
        reason: 'MissingValueAtPath',
        submitted: 'Unknown',
        healthy: 'Unknown',
      }),
      'pending',
    ],
    [
      resourceConditions('False', {
        reason: 'MatchedCondition',
        healthy: 'False',
      }),
      'failed',
    ],
  ])('%#: %j → %s', (conditions, state) => {
    expect(stageState(conditions ? { name: 'x', conditions } : undefined)).toBe(
      state,
    );
  });
});
