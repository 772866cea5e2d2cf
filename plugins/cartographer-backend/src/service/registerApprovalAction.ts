/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { ApprovalChangeDeps, changeApproval } from './changeApproval';

/**
 * The MCP twin of POST /supply-chains/{cluster}/{name}/approval: the same
 * permission, the same audit event. Destructive, since a revoke stops
 * onboarding onto the chain.
 */
export function registerApprovalAction(
  actions: ActionsRegistryService,
  deps: ApprovalChangeDeps,
) {
  actions.register({
    name: 'set-supply-chain-approval',
    title: 'Approve or revoke a Cartographer supply chain',
    description:
      'Approves (approved: true) or revokes (approved: false) a ClusterSupplyChain for onboarding new workloads. Revoking makes the onboarding template refuse the chain at once.',
    attributes: { readOnly: false, idempotent: true, destructive: true },
    schema: {
      input: z =>
        z.object({
          cluster: z.string().describe('Cluster name'),
          name: z.string().describe('ClusterSupplyChain name'),
          approved: z.boolean().describe('true approves, false revokes'),
        }),
      output: z =>
        z.object({
          approved: z.boolean(),
          mechanism: z.string(),
          reason: z.string(),
          by: z.string().optional(),
        }),
    },
    action: async ({ input, credentials }) => {
      const { supplyChain } = await changeApproval(deps, {
        ...input,
        credentials,
      });
      return {
        output: {
          approved: supplyChain.approved,
          mechanism: supplyChain.approvalMechanism ?? 'none',
          reason: supplyChain.approval,
          by: supplyChain.approvalBy,
        },
      };
    },
  });
}
