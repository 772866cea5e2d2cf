/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { cartographerWorkloadReadPermission } from '@internal/plugin-cartographer-common';
import { WorkloadAuthorizer } from '../permissions/WorkloadAuthorizer';
import { workloadInputFields } from './actionInputs';
import { CartographerService } from './CartographerService';

/**
 * Read-only actions for MCP clients ("why is my workload stuck?"), checked
 * with the caller's credentials like the HTTP API.
 */
export function registerActions(
  actions: ActionsRegistryService,
  service: CartographerService,
  authorizer: WorkloadAuthorizer,
) {
  actions.register({
    name: 'list-supply-chains',
    title: 'List Cartographer supply chains',
    description:
      'Lists the ClusterSupplyChains and ClusterDeliveries of every cluster with readiness, approval and selectors.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          cluster: z.string().optional().describe('Only this cluster'),
        }),
      output: z =>
        z.object({
          supplyChains: z.array(
            z.object({
              cluster: z.string(),
              kind: z.string(),
              name: z.string(),
              ready: z.string(),
              approved: z.boolean(),
              selector: z.array(z.string()),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      await authorizer.assertSupplyChainRead(credentials);
      return {
        output: {
          supplyChains: service.supplyChains(input.cluster).map(c => ({
            cluster: c.cluster,
            kind: c.kind,
            name: c.name,
            ready: c.ready.status,
            approved: c.approved,
            selector: c.selector.map(t =>
              `${t.key} ${t.operator} ${(t.values ?? []).join(',')}`.trim(),
            ),
          })),
        },
      };
    },
  });

  actions.register({
    name: 'get-workload-status',
    title: 'Get a Cartographer workload status',
    description:
      'Explains where a workload is in its supply chain: overall state, the first blocking stage with its message, and every stage state.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => z.object(workloadInputFields(z)),
      output: z =>
        z.object({
          state: z.string(),
          supplyChain: z.string().optional(),
          summary: z.string(),
          stage: z.string().optional(),
          reason: z.string().optional(),
          message: z.string().optional(),
          stages: z.array(z.object({ name: z.string(), state: z.string() })),
        }),
    },
    action: async ({ input, credentials }) => {
      await authorizer.assertRead(
        cartographerWorkloadReadPermission,
        input,
        credentials,
      );
      const detail = service.workload(
        input.cluster,
        input.namespace,
        input.name,
      );
      return {
        output: {
          state: detail.diagnosis.state,
          supplyChain: detail.workload.supplyChain,
          summary: detail.diagnosis.summary,
          stage: detail.diagnosis.stage,
          reason: detail.diagnosis.reason,
          message: detail.diagnosis.message,
          stages: (detail.graph?.nodes ?? []).map(n => ({
            name: n.name,
            state: n.state,
          })),
        },
      };
    },
  });
}
