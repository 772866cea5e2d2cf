/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples shown in the scaffolder's action list. */
export const examples: TemplateExample[] = [
  {
    description:
      'Onboard a web app from git onto the approved source-to-url chain and wait until it is Ready',
    example: yaml.stringify({
      steps: [
        {
          id: 'create-workload',
          action: 'cartographer:workload:create',
          name: 'Create workload',
          input: {
            cluster: 'local',
            namespace: 'dev',
            name: 'hello-web',
            type: 'web',
            partOf: 'hello-web',
            owner: 'group:default/team-web',
            description: 'Says hello over HTTP',
            supplyChain: 'source-to-url',
            git: {
              url: 'https://github.com/sample-org/hello-web',
              branch: 'main',
            },
            serviceAccount: 'carto-workload',
            waitFor: 'ready',
            timeoutSeconds: 300,
          },
        },
      ],
    }),
  },
  {
    description:
      'Use the labels and chain a SupplyChainPicker field returned, with structured params and resources',
    example: yaml.stringify({
      steps: [
        {
          id: 'create-workload',
          action: 'cartographer:workload:create',
          name: 'Create workload',
          input: {
            namespace: 'payments',
            name: 'ledger',
            partOf: 'ledger',
            labels: {
              'apps.tanzu.vmware.com/workload-type': 'web',
              'apps.tanzu.vmware.com/has-tests': 'true',
            },
            supplyChain: 'source-test-to-url',
            git: {
              url: 'https://github.com/sample-org/ledger',
              tag: 'v1.4.0',
            },
            subPath: 'services/ledger',
            params: {
              test_command: './gradlew test',
              annotations: { 'autoscaling.knative.dev/minScale': '1' },
            },
            env: { LOG_LEVEL: 'info' },
            buildEnv: { BP_JVM_VERSION: '21' },
            resources: {
              requests: { cpu: '100m', memory: '256Mi' },
              limits: { memory: '512Mi' },
            },
            serviceAccount: 'carto-workload',
          },
        },
      ],
    }),
  },
  {
    description:
      'Deploy a pre-built image, updating the workload if it already exists, without waiting',
    example: yaml.stringify({
      steps: [
        {
          id: 'create-workload',
          action: 'cartographer:workload:create',
          name: 'Create or update workload',
          input: {
            namespace: 'dev',
            name: 'status-page',
            type: 'web',
            image: 'registry.example.com/status-page:2.3.1',
            serviceAccount: 'carto-workload',
            ifExists: 'update',
            waitFor: 'none',
          },
        },
      ],
    }),
  },
];
