/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import type { z as zod } from 'zod/v3';
import type { WorkloadInput } from '@internal/plugin-cartographer-common';

/** The zod namespace the scaffolder hands to schema functions. */
type Zod = typeof zod;

/**
 * Zod fields of {@link WorkloadInput}, spread into each action's input
 * object so the two actions cannot drift apart.
 */
export function workloadInputFields(z: Zod) {
  const stringMap = (description: string) =>
    z.record(z.string(), z.string()).optional().describe(description);
  return {
    cluster: z
      .string()
      .optional()
      .describe(
        'Cluster name as configured in the Cartographer backend. Optional when exactly one cluster is configured.',
      ),
    namespace: z
      .string()
      .min(1)
      .describe('Namespace of the workload (tanzu: --namespace).'),
    name: z
      .string()
      .min(1)
      .describe('Workload name, a DNS label (tanzu: the workload name).'),
    type: z
      .string()
      .optional()
      .describe(
        'Workload type, set as label apps.tanzu.vmware.com/workload-type (tanzu: --type), e.g. web.',
      ),
    partOf: z
      .string()
      .optional()
      .describe(
        'Application the workload belongs to, set as label app.kubernetes.io/part-of (tanzu: --app). The catalog groups workloads into a Component by this label.',
      ),
    labels: stringMap(
      'Further labels (tanzu: --label), e.g. the labels a SupplyChainPicker returns. May not contradict type or partOf.',
    ),
    annotations: stringMap('Further annotations (tanzu: --annotation).'),
    owner: z
      .string()
      .optional()
      .describe(
        'Owner entity ref of the application (e.g. group:default/team-web), stored as annotation backstage.io/owner for the catalog.',
      ),
    system: z
      .string()
      .optional()
      .describe(
        'System entity ref of the application, stored as annotation backstage.io/system.',
      ),
    lifecycle: z
      .string()
      .optional()
      .describe(
        'Catalog lifecycle (e.g. experimental), stored as annotation backstage.io/lifecycle.',
      ),
    description: z
      .string()
      .optional()
      .describe(
        'One-line description of the application, stored as annotation backstage.io/description.',
      ),
    supplyChain: z
      .string()
      .optional()
      .describe(
        'The supply chain the workload is meant for. The action is refused unless the labels select exactly this chain.',
      ),
    git: z
      .object({
        url: z
          .string()
          .optional()
          .describe(
            'Repository URL (tanzu: --git-repo), e.g. https://github.com/org/app.',
          ),
        branch: z.string().optional().describe('Branch (tanzu: --git-branch).'),
        tag: z.string().optional().describe('Tag (tanzu: --git-tag).'),
        commit: z
          .string()
          .optional()
          .describe('Commit SHA (tanzu: --git-commit).'),
      })
      .optional()
      .describe(
        'Git source; give a branch, a tag or a commit. Excludes sourceImage and image. Without a url (as templates leave it when another source is chosen) it is ignored.',
      ),
    sourceImage: z
      .string()
      .optional()
      .describe(
        'Source code packaged as an OCI image (tanzu: --source-image). Excludes git and image.',
      ),
    image: z
      .string()
      .optional()
      .describe(
        'A pre-built application image (tanzu: --image). Excludes git and sourceImage.',
      ),
    subPath: z
      .string()
      .optional()
      .describe(
        'Directory inside the git repository or source image (tanzu: --sub-path).',
      ),
    params: z
      .record(z.string(), z.any())
      .optional()
      .describe(
        'Workload params by name; values may be strings or structured YAML (tanzu: --param, --param-yaml). Params the chain fixes (protected) are refused.',
      ),
    env: stringMap('Environment variables of the running app (tanzu: --env).'),
    buildEnv: stringMap(
      'Environment variables of the build (tanzu: --build-env).',
    ),
    serviceAccount: z
      .string()
      .optional()
      .describe(
        'Service account the supply chain stamps objects with (tanzu: --service-account).',
      ),
    serviceClaims: z
      .array(
        z.object({
          name: z.string().describe('Claim name the app sees.'),
          ref: z
            .object({
              apiVersion: z.string(),
              kind: z.string(),
              name: z.string(),
            })
            .describe('The claimed resource.'),
        }),
      )
      .optional()
      .describe('Service claims (tanzu: --service-ref).'),
    resources: z
      .object({
        requests: stringMap(
          'Requests, e.g. { cpu: 100m, memory: 128Mi } (tanzu: --request-cpu, --request-memory).',
        ),
        limits: stringMap(
          'Limits, e.g. { cpu: "1", memory: 1Gi } (tanzu: --limit-cpu, --limit-memory).',
        ),
      })
      .optional()
      .describe('Resource requests and limits of the running app.'),
    ifExists: z
      .enum(['fail', 'update'])
      .optional()
      .describe(
        'What to do when the workload already exists: fail (default) or update it with server-side apply.',
      ),
  };
}
