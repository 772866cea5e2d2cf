/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples shown in the scaffolder's action list. */
export const examples: TemplateExample[] = [
  {
    description:
      'Render config/workload.yaml for a GitOps repository, checked against the approved source-to-url chain',
    example: yaml.stringify({
      steps: [
        {
          id: 'render-workload',
          action: 'cartographer:workload:render',
          name: 'Render workload.yaml',
          input: {
            cluster: 'local',
            namespace: 'dev',
            name: 'hello-web',
            type: 'web',
            partOf: 'hello-web',
            owner: 'group:default/team-web',
            supplyChain: 'source-to-url',
            git: {
              url: 'https://github.com/sample-org/hello-web',
              branch: 'main',
            },
            serviceAccount: 'carto-workload',
            targetPath: 'config',
          },
        },
      ],
    }),
  },
  {
    description:
      'Render a workload for a pre-built image into the workspace root',
    example: yaml.stringify({
      steps: [
        {
          id: 'render-workload',
          action: 'cartographer:workload:render',
          name: 'Render workload.yaml',
          input: {
            namespace: 'dev',
            name: 'status-page',
            type: 'web',
            image: 'registry.example.com/status-page:2.3.1',
            env: { PORT: '8080' },
          },
        },
      ],
    }),
  },
];
