/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  AuditorService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { SupplyChainApprovalResponse } from '@internal/plugin-cartographer-common';
import type { Request } from 'express';
import { WorkloadAuthorizer } from '../permissions/WorkloadAuthorizer';
import { actorOf, audited } from './audit';
import { SupplyChainApprover } from './SupplyChainApprover';

export interface ApprovalChangeDeps {
  approver: SupplyChainApprover;
  authorizer: WorkloadAuthorizer;
  auditor: AuditorService;
}

export interface ApprovalChangeRequest {
  cluster: string;
  name: string;
  approved: boolean;
  credentials: BackstageCredentials;
  /** The HTTP request; absent for MCP actions. */
  request?: Request;
}

/** One approval change as the route and the MCP action both make it: audited, permission-checked, written. */
export function changeApproval(
  { approver, authorizer, auditor }: ApprovalChangeDeps,
  { cluster, name, approved, credentials, request }: ApprovalChangeRequest,
): Promise<SupplyChainApprovalResponse> {
  return audited(
    auditor,
    {
      eventId: 'supply-chain-approval',
      severityLevel: 'high',
      credentials,
      request,
      target: { cluster, name },
      meta: { action: approved ? 'approve' : 'revoke' },
    },
    async () => {
      await authorizer.assertSupplyChainApprove({ cluster, name }, credentials);
      return approver.setApproval(
        cluster,
        name,
        approved,
        actorOf(credentials),
      );
    },
  );
}
