/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { NotFoundError } from '@backstage/errors';
import { workloadInputFields } from '../service/actionInputs';
import { AuthorizedHistory } from './AuthorizedHistory';

/**
 * "Where is my commit, and how long does a commit of X take to reach
 * production?" for MCP clients: read-only, under the caller's permissions.
 */
export function registerHistoryAction(
  actions: ActionsRegistryService,
  history: AuthorizedHistory,
) {
  actions.register({
    name: 'where-is-my-commit',
    title: 'Where is my commit in a Cartographer supply chain',
    description:
      "Follows one commit (or the newest revision) of a workload through its supply chain: when it reached each stage, where it is now and whether it failed on the way; with the workload's 30-day lead time (median and p90) and its slowest stage.",
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          ...workloadInputFields(z),
          commit: z
            .string()
            .optional()
            .describe(
              'The commit sha or its start; default the newest revision',
            ),
        }),
      output: z =>
        z.object({
          revision: z.string(),
          firstSeen: z.string(),
          position: z.string().optional(),
          publishedAt: z.string().optional(),
          deliveredAt: z.string().optional(),
          stages: z.array(
            z.object({
              stage: z.string(),
              reachedAt: z.string().optional(),
              durationMs: z.number().optional(),
            }),
          ),
          failed: z
            .object({
              stage: z.string().optional(),
              at: z.string(),
              reason: z.string().optional(),
              message: z.string().optional(),
            })
            .optional(),
          leadTimeMedianMs: z.number().optional(),
          leadTimeP90Ms: z.number().optional(),
          slowestStage: z.string().optional(),
        }),
    },
    action: async ({ input, credentials }) => {
      const { cluster, namespace, name, commit } = input;
      const ref = { cluster, namespace, name };
      const timeline = await history.timeline(ref, credentials);
      const wanted = commit?.toLowerCase();
      const row = wanted
        ? timeline.revisions.find(r => r.commit?.sha.startsWith(wanted))
        : timeline.revisions[0];
      if (!row) {
        throw new NotFoundError(
          wanted
            ? `no revision of commit ${commit} recorded for workload ${namespace}/${name} on cluster ${cluster}`
            : `no revision recorded for workload ${namespace}/${name} on cluster ${cluster}`,
        );
      }
      const { metrics } = await history.workloadMetrics(
        ref,
        '30d',
        credentials,
      );
      return {
        output: {
          revision: row.revision,
          firstSeen: row.firstSeen,
          position: row.position,
          publishedAt: row.publishedAt,
          deliveredAt: row.deliveredAt,
          stages: row.stages,
          failed: row.failed,
          leadTimeMedianMs: metrics.leadTime.toPublished.medianMs,
          leadTimeP90Ms: metrics.leadTime.toPublished.p90Ms,
          slowestStage: metrics.leadTime.slowestStage?.stage,
        },
      };
    },
  });
}
