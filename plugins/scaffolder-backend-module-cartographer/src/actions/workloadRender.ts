/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { CartographerBackendApi } from '@internal/plugin-cartographer-node';
import fs from 'node:fs/promises';
import path from 'node:path';
import { buildWorkloadDraft } from '@internal/plugin-cartographer-common';
import { checkDraft } from './checkDraft';
import { examples } from './workloadRender.examples';
import { workloadInputFields } from './workloadInput';
import { workloadYaml } from './workloadYaml';

/**
 * Options of {@link createWorkloadRenderAction}.
 * @public
 */
export interface WorkloadRenderActionOptions {
  client: CartographerBackendApi;
}

/**
 * `cartographer:workload:render`: writes `workload.yaml` into the task
 * workspace for GitOps repositories, after the same checks a create gets,
 * so a rendered workload cannot land on an unapproved chain later.
 * @public
 */
export function createWorkloadRenderAction(
  options: WorkloadRenderActionOptions,
) {
  const { client } = options;
  return createTemplateAction({
    id: 'cartographer:workload:render',
    description:
      'Renders a Cartographer Workload as workload.yaml into the workspace (for GitOps repositories) after checking that an approved supply chain, and only that one, selects it. Writes nothing to the cluster.',
    examples,
    supportsDryRun: true,
    schema: {
      input: z =>
        z.object({
          ...workloadInputFields(z),
          targetPath: z
            .string()
            .optional()
            .describe(
              'Directory in the workspace to write workload.yaml to (default: the workspace root), e.g. config as the tanzu CLI expects.',
            ),
        }),
      output: z =>
        z.object({
          path: z
            .string()
            .describe('Path of the written file, relative to the workspace.'),
          cluster: z
            .string()
            .describe('Cluster the draft was checked against.'),
          supplyChain: z
            .string()
            .describe(
              'The approved supply chain that will select the workload.',
            ),
          yaml: z.string().describe('The rendered Workload as YAML.'),
        }),
    },
    async handler(ctx) {
      const { input } = ctx;
      const request = buildWorkloadDraft(input);
      const credentials = await ctx.getInitiatorCredentials();
      const preview = await checkDraft(
        client,
        request,
        { credentials, signal: ctx.signal },
        ctx.logger,
      );
      const relative = path.posix.join(
        input.targetPath ?? '.',
        'workload.yaml',
      );
      const file = resolveSafeChildPath(ctx.workspacePath, relative);
      const text = workloadYaml(request.draft);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, text, 'utf8');
      ctx.logger.info(`Wrote ${relative}`);

      ctx.output('path', relative);
      ctx.output('cluster', preview.cluster);
      ctx.output('supplyChain', preview.selection.selected);
      ctx.output('yaml', text);
    },
  });
}
