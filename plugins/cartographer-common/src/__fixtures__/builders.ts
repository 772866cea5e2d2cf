/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { BlueprintSpec, ClusterSupplyChain, Workload } from '../types';

/** A ClusterSupplyChain with one ClusterTemplate resource unless given more. */
export function chain(
  name: string,
  spec: Partial<BlueprintSpec> = {},
  ready = true,
): ClusterSupplyChain {
  return {
    apiVersion: 'carto.run/v1alpha1',
    kind: 'ClusterSupplyChain',
    metadata: { name, generation: 1 },
    spec: {
      resources: [
        {
          name: 'deployer',
          templateRef: { kind: 'ClusterTemplate', name: 'app-deploy' },
        },
      ],
      ...spec,
    },
    status: {
      observedGeneration: 1,
      conditions: [
        ready
          ? { type: 'Ready', status: 'True', reason: 'Ready' }
          : {
              type: 'Ready',
              status: 'False',
              reason: 'TemplatesNotFound',
              message:
                'did not find the template of the resource(s) [deployer]',
            },
      ],
    },
  };
}

/** A Workload in namespace dev with the given labels and spec. */
export function workload(
  labels: Record<string, string> | undefined,
  spec: Workload['spec'] = {},
  name = 'hello',
): Workload {
  return {
    apiVersion: 'carto.run/v1alpha1',
    kind: 'Workload',
    metadata: { name, namespace: 'dev', labels, generation: 1 },
    spec,
  };
}
