/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { LABELS } from '@internal/plugin-cartographer-common';
import { CartographerBackendApi } from '@internal/plugin-cartographer-node';
import { buildWorkloadDraft } from '@internal/plugin-cartographer-common';
import { checkDraft } from './checkDraft';
import { entitySupplyChainPath, workloadPagePath } from './links';
import { waitForWorkload } from './waitForWorkload';
import { examples } from './workloadCreate.examples';
import { workloadInputFields } from './workloadInput';
import { workloadYaml } from './workloadYaml';

/**
 * Options of {@link createWorkloadCreateAction}.
 * @public
 */
export interface WorkloadCreateActionOptions {
  client: CartographerBackendApi;
  /** Poll interval while waiting; tests shorten it. */
  pollIntervalMs?: number;
}

/**
 * `cartographer:workload:create`: creates (or updates) a Workload through
 * the Cartographer backend, acting as the user who runs the template, so
 * permissions, approval and every onboarding rule are enforced there.
 * @public
 */
export function createWorkloadCreateAction(
  options: WorkloadCreateActionOptions,
) {
  const { client, pollIntervalMs } = options;
  return createTemplateAction({
    id: 'cartographer:workload:create',
    description:
      'Creates a Cartographer Workload on an operator-approved supply chain, after checking that its labels select exactly that chain. Refusals name the broken rule and write nothing.',
    examples,
    supportsDryRun: true,
    schema: {
      input: z =>
        z.object({
          ...workloadInputFields(z),
          entityRef: z
            .string()
            .optional()
            .describe(
              'The catalog entity of the app, for the url output. Default: the Component named like partOf in namespace default, as the Cartographer catalog provider names it.',
            ),
          waitFor: z
            .enum(['none', 'selected', 'ready'])
            .optional()
            .describe(
              'Wait until nothing (none), a supply chain has taken the workload (selected, default) or the workload is Ready (ready).',
            ),
          timeoutSeconds: z
            .number()
            .int()
            .positive()
            .optional()
            .describe(
              'How long to wait for waitFor before failing the step (default 600).',
            ),
        }),
      output: z =>
        z.object({
          workloadRef: z
            .string()
            .describe('The workload as <cluster>/<namespace>/<name>.'),
          cluster: z.string().describe('Cluster the workload was written to.'),
          namespace: z.string().describe('Namespace of the workload.'),
          supplyChain: z
            .string()
            .describe('The approved supply chain that selects the workload.'),
          url: z
            .string()
            .describe(
              'Where to watch it: the Supply Chain tab of the app entity when partOf is set, else the workload page.',
            ),
          workloadUrl: z.string().describe('The portal page of the workload.'),
          yaml: z.string().describe('The applied Workload as YAML.'),
        }),
    },
    async handler(ctx) {
      const { input } = ctx;
      // The scaffolder validates inputs against the JSON schema but does not
      // fill in defaults, so they are applied here.
      const waitFor = input.waitFor ?? 'selected';
      const timeoutSeconds = input.timeoutSeconds ?? 600;
      const request = buildWorkloadDraft(input);
      const credentials = await ctx.getInitiatorCredentials();
      const requestOptions = { credentials, signal: ctx.signal };
      const target = `${input.namespace}/${input.name}`;

      const apply = async (dryRun: boolean) => {
        // Checked before writing so the log names the chain; the backend
        // checks again on apply, so nothing can slip in between.
        await checkDraft(client, request, requestOptions, ctx.logger);
        const result = await client.applyWorkload(request, {
          ...requestOptions,
          dryRun,
        });
        return {
          cluster: result.cluster,
          supplyChain: result.supplyChain,
          created: result.created,
          yaml: workloadYaml(result.workload),
        };
      };

      let applied;
      if (ctx.isDryRun) {
        applied = await apply(true);
        ctx.logger.info(
          `Dry run: the cluster accepted workload ${target}; nothing was stored`,
        );
      } else {
        // A retried task finds the checkpoint and does not apply again (with
        // ifExists: fail a second apply would be refused as existing).
        applied = await ctx.checkpoint({
          key: `cartographer.workload.apply.${input.cluster ?? ''}/${target}`,
          fn: () => apply(false),
        });
        ctx.logger.info(
          `${applied.created ? 'Created' : 'Updated'} workload ${target} on cluster ${applied.cluster}`,
        );
      }

      const key = {
        cluster: applied.cluster,
        namespace: input.namespace,
        name: input.name,
      };
      if (!ctx.isDryRun && waitFor !== 'none') {
        await waitForWorkload({
          client,
          workload: key,
          until: waitFor,
          timeoutMs: timeoutSeconds * 1000,
          intervalMs: pollIntervalMs,
          request: requestOptions,
          logger: ctx.logger,
        });
      }

      const workloadUrl = workloadPagePath(key);
      ctx.output('workloadRef', `${key.cluster}/${key.namespace}/${key.name}`);
      ctx.output('cluster', key.cluster);
      ctx.output('namespace', key.namespace);
      ctx.output('supplyChain', applied.supplyChain);
      const entityRef =
        input.entityRef || request.draft.metadata?.labels?.[LABELS.partOf];
      ctx.output(
        'url',
        entityRef ? entitySupplyChainPath(entityRef) : workloadUrl,
      );
      ctx.output('workloadUrl', workloadUrl);
      ctx.output('yaml', applied.yaml);
    },
  });
}
