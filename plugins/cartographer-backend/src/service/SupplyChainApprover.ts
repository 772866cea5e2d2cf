/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  approvalApplyBody,
  ClusterSupplyChain,
  SupplyChainApprovalResponse,
} from '@internal/plugin-cartographer-common';
import { ClusterFleet } from '../cache/ClusterFleet';
import { ApprovalPolicy } from './ApprovalPolicy';
import { CartographerService } from './CartographerService';

/** Its own field manager, so approval fields never mix with workload writes. */
export const APPROVAL_FIELD_MANAGER = 'backstage-cartographer-approval';

/**
 * Approves or revokes a ClusterSupplyChain for onboarding by applying the
 * approval label (server-side apply) with who did it and when.
 */
export class SupplyChainApprover {
  constructor(
    private readonly fleet: ClusterFleet,
    private readonly approval: ApprovalPolicy,
    private readonly service: CartographerService,
  ) {}

  async setApproval(
    clusterName: string,
    name: string,
    approved: boolean,
    actor: string,
  ): Promise<SupplyChainApprovalResponse> {
    const cluster = this.fleet.cluster(clusterName);
    if (!cluster.get<ClusterSupplyChain>('ClusterSupplyChain', '', name)) {
      throw new NotFoundError(
        `no supply chain "${name}" on cluster ${clusterName}`,
      );
    }
    const refusal = this.approval.changeRefusal(clusterName, name);
    if (refusal || !this.approval.label) {
      throw new ConflictError(refusal);
    }
    const body = approvalApplyBody(this.approval.label, {
      name,
      approved,
      actor,
      at: new Date().toISOString(),
    });
    const applied = await cluster.client.apply(body, {
      fieldManager: APPROVAL_FIELD_MANAGER,
    });
    // The next create on this replica must see a revoke at once.
    cluster.remember('ClusterSupplyChain', applied);
    return {
      supplyChain: this.service.supplyChain(clusterName, name).supplyChain,
    };
  }
}
