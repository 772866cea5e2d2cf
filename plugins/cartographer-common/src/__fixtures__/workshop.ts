/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  ClusterSupplyChain,
  Condition,
  RealizedResource,
  Workload,
} from '../types';

const T0 = '2026-11-24T10:00:00Z';

/** The workshop-style chain: source → image → config → app-config → deployer. */
export const workshopChain: ClusterSupplyChain = {
  apiVersion: 'carto.run/v1alpha1',
  kind: 'ClusterSupplyChain',
  metadata: { name: 'source-to-url', generation: 1 },
  spec: {
    selector: { 'apps.tanzu.vmware.com/workload-type': 'web' },
    resources: [
      {
        name: 'source-provider',
        templateRef: { kind: 'ClusterSourceTemplate', name: 'git-source' },
      },
      {
        name: 'image-builder',
        templateRef: { kind: 'ClusterImageTemplate', name: 'image' },
        sources: [{ resource: 'source-provider', name: 'source' }],
      },
      {
        name: 'config-provider',
        templateRef: { kind: 'ClusterConfigTemplate', name: 'convention' },
        images: [{ resource: 'image-builder', name: 'image' }],
      },
      {
        name: 'app-config',
        templateRef: { kind: 'ClusterConfigTemplate', name: 'app-config' },
        configs: [{ resource: 'config-provider', name: 'config' }],
      },
      {
        name: 'deployer',
        templateRef: { kind: 'ClusterTemplate', name: 'deployer' },
        configs: [{ resource: 'app-config', name: 'config' }],
      },
    ],
  },
  status: {
    observedGeneration: 1,
    conditions: [{ type: 'Ready', status: 'True', reason: 'Ready' }],
  },
};

export function resourceConditions(
  ready: Condition['status'],
  options: {
    reason?: string;
    message?: string;
    healthy?: Condition['status'];
    submitted?: Condition['status'];
  } = {},
  time = T0,
): Condition[] {
  const submitted = options.submitted ?? (ready === 'True' ? 'True' : 'True');
  const healthy = options.healthy ?? ready;
  return [
    {
      type: 'ResourceSubmitted',
      status: submitted,
      reason:
        submitted === 'True' ? 'ResourceSubmissionComplete' : options.reason,
      message: submitted === 'True' ? '' : options.message,
      lastTransitionTime: time,
    },
    {
      type: 'Healthy',
      status: healthy,
      reason: healthy === 'True' ? 'OutputsAvailable' : options.reason,
      message: healthy === 'True' ? '' : options.message,
      lastTransitionTime: time,
    },
    {
      type: 'Ready',
      status: ready,
      reason: ready === 'True' ? 'Ready' : options.reason,
      message: ready === 'True' ? '' : options.message,
      lastTransitionTime: time,
    },
  ];
}

function stamped(
  name: string,
  outputs: RealizedResource['outputs'],
  templateKind: string,
  templateName: string,
  inputs: string[] = [],
): RealizedResource {
  return {
    name,
    stampedRef: {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      namespace: 'dev',
      name: `hello-${name}`,
      resource: 'configmaps',
    },
    templateRef: {
      apiVersion: 'carto.run/v1alpha1',
      kind: templateKind,
      name: templateName,
    },
    inputs: inputs.map(i => ({ name: i })),
    outputs,
    conditions: resourceConditions('True'),
  };
}

const digest = (c: string) => `sha256:${c.repeat(64)}`;

/** Status of a workload that went all the way through the chain. */
export function readyWorkload(): Workload {
  return {
    apiVersion: 'carto.run/v1alpha1',
    kind: 'Workload',
    metadata: {
      name: 'hello',
      namespace: 'dev',
      generation: 2,
      labels: { 'apps.tanzu.vmware.com/workload-type': 'web' },
    },
    spec: {
      source: {
        git: {
          url: 'https://github.com/sample-org/hello',
          ref: { branch: 'main' },
        },
      },
    },
    status: {
      observedGeneration: 2,
      supplyChainRef: { kind: 'ClusterSupplyChain', name: 'source-to-url' },
      conditions: [
        { type: 'SupplyChainReady', status: 'True', reason: 'Ready' },
        {
          type: 'ResourcesSubmitted',
          status: 'True',
          reason: 'ResourceSubmissionComplete',
        },
        {
          type: 'ResourcesHealthy',
          status: 'True',
          reason: 'HealthyConditionRule',
        },
        { type: 'Ready', status: 'True', reason: 'Ready' },
      ],
      resources: [
        stamped(
          'source-provider',
          [
            {
              name: 'url',
              preview: 'https://github.com/sample-org/hello\n',
              digest: digest('a'),
              lastTransitionTime: T0,
            },
            {
              name: 'revision',
              preview: 'main@sha1:4f1c2e\n',
              digest: digest('b'),
              lastTransitionTime: T0,
            },
          ],
          'ClusterSourceTemplate',
          'git-source',
        ),
        stamped(
          'image-builder',
          [
            {
              name: 'image',
              preview: 'registry.local/hello@sha256:99\n',
              digest: digest('c'),
              lastTransitionTime: T0,
            },
          ],
          'ClusterImageTemplate',
          'image',
          ['source-provider'],
        ),
        stamped(
          'config-provider',
          [
            {
              name: 'config',
              preview: 'spec: {}\n',
              digest: digest('d'),
              lastTransitionTime: T0,
            },
          ],
          'ClusterConfigTemplate',
          'convention',
          ['image-builder'],
        ),
        stamped(
          'app-config',
          [
            {
              name: 'config',
              preview: 'manifest: x\n',
              digest: digest('e'),
              lastTransitionTime: T0,
            },
          ],
          'ClusterConfigTemplate',
          'app-config',
          ['config-provider'],
        ),
        stamped('deployer', [], 'ClusterTemplate', 'deployer', ['app-config']),
      ],
    },
  };
}
