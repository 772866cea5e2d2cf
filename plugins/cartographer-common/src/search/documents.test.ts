/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { SupplyChainSummary, WorkloadSummary } from '../api';
import {
  selectorText,
  supplyChainSearchDocument,
  workloadSearchDocument,
} from './documents';

const failing: WorkloadSummary = {
  cluster: 'local',
  namespace: 'payments',
  name: 'fraud-detector',
  labels: { 'app.kubernetes.io/part-of': 'fraud-detector' },
  workloadType: 'web',
  partOf: 'fraud-detector',
  supplyChain: 'source-to-url',
  state: 'failed',
  reason: 'BuildFailed',
  message: 'buildpack detection failed: no go.mod found in /workspace/service',
  summary: 'Stage image-builder is unhealthy',
  source: {
    git: {
      url: 'https://github.com/sample-org/fraud-detector',
      branch: 'main',
    },
  },
  stale: false,
  entityRefs: [],
};

describe('workloadSearchDocument', () => {
  it('carries the fields, the permission ref and a readable text', () => {
    expect(
      workloadSearchDocument(failing, {
        location: '/catalog/default/component/fraud-detector/supply-chain',
        owner: 'group:default/team-payments',
        entityRef: 'component:default/fraud-detector',
      }),
    ).toEqual({
      title: 'fraud-detector',
      text:
        'Workload fraud-detector in namespace payments on cluster local. ' +
        'Supply chain: source-to-url. ' +
        'Source: https://github.com/sample-org/fraud-detector (main). ' +
        'State: failed (BuildFailed). Stage image-builder is unhealthy. ' +
        'buildpack detection failed: no go.mod found in /workspace/service.',
      location: '/catalog/default/component/fraud-detector/supply-chain',
      authorization: { resourceRef: 'local/payments/fraud-detector' },
      cluster: 'local',
      namespace: 'payments',
      name: 'fraud-detector',
      state: 'failed',
      reason: 'BuildFailed',
      supplyChain: 'source-to-url',
      workloadType: 'web',
      partOf: 'fraud-detector',
      gitUrl: 'https://github.com/sample-org/fraud-detector',
      gitRef: 'main',
      owner: 'group:default/team-payments',
      entityRef: 'component:default/fraud-detector',
    });
  });

  it('names a pre-built image and the missing supply chain', () => {
    const doc = workloadSearchDocument(
      {
        ...failing,
        name: 'img',
        supplyChain: undefined,
        state: 'failed',
        reason: 'SupplyChainNotFound',
        message: undefined,
        summary: 'No supply chain selects this workload',
        source: { image: 'registry.example/img:1' },
      },
      { location: '/cartographer/workloads/local/payments/img' },
    );
    expect(doc.text).toBe(
      'Workload img in namespace payments on cluster local. ' +
        'No supply chain selected. Source: registry.example/img:1. ' +
        'State: failed (SupplyChainNotFound). No supply chain selects this workload.',
    );
    expect(doc.image).toBe('registry.example/img:1');
    expect(Object.keys(doc)).not.toContain('supplyChain');
    expect(Object.keys(doc)).not.toContain('owner');
  });
});

describe('selectorText', () => {
  it.each([
    [[], ''],
    [[{ kind: 'label', key: 'a', operator: 'In', values: ['web'] }], 'a=web'],
    [
      [
        { kind: 'expression', key: 'a', operator: 'In', values: ['x', 'y'] },
        { kind: 'expression', key: 'b', operator: 'Exists' },
        { kind: 'expression', key: 'c', operator: 'DoesNotExist' },
        { kind: 'expression', key: 'd', operator: 'NotIn', values: ['z'] },
        { kind: 'field', key: 'spec.image', operator: 'Exists' },
      ],
      'a in (x, y), b exists, c does not exist, d not in (z), field spec.image exists',
    ],
  ] as const)('renders %j as %j', (terms, text) => {
    expect(selectorText(terms as any)).toBe(text);
  });
});

describe('supplyChainSearchDocument', () => {
  it('lists the selector, stages and approval', () => {
    const summary = {
      cluster: 'local',
      kind: 'ClusterSupplyChain',
      name: 'source-to-url',
      description: 'Builds source into a running app',
      ready: { status: 'True', reason: 'Ready' },
      approved: true,
      approval: 'label cartographer.backstage.io/approved=true',
      selector: [
        {
          kind: 'label',
          key: 'apps.tanzu.vmware.com/workload-type',
          operator: 'In',
          values: ['web'],
        },
      ],
      graph: {
        nodes: [
          {
            name: 'source-provider',
            templateKind: 'ClusterSourceTemplate',
            templateName: 'git',
          },
          {
            name: 'image-builder',
            templateKind: 'ClusterImageTemplate',
            options: ['kpack', 'ko'],
          },
        ],
        edges: [],
        orphaned: [],
      },
    } as unknown as SupplyChainSummary;
    expect(
      supplyChainSearchDocument(summary, {
        location: '/cartographer/supply-chains/local/source-to-url',
      }),
    ).toEqual({
      title: 'source-to-url',
      text:
        'Supply chain source-to-url on cluster local. Builds source into a running app. ' +
        'Selects workloads with apps.tanzu.vmware.com/workload-type=web. ' +
        'Stages: source-provider (ClusterSourceTemplate git), image-builder (ClusterImageTemplate kpack | ko). ' +
        'Approved: label cartographer.backstage.io/approved=true. Ready: True (Ready).',
      location: '/cartographer/supply-chains/local/source-to-url',
      cluster: 'local',
      kind: 'ClusterSupplyChain',
      name: 'source-to-url',
      description: 'Builds source into a running app',
      selectors: 'apps.tanzu.vmware.com/workload-type=web',
      templates: [
        'source-provider (ClusterSourceTemplate git)',
        'image-builder (ClusterImageTemplate kpack | ko)',
      ],
      approved: true,
      approval: 'label cartographer.backstage.io/approved=true',
      ready: 'True',
    });
  });
});
