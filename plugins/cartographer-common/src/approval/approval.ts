/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Blueprint } from '../types';

/** Annotations the portal writes on a chain when an operator (un)approves it. @public */
export const APPROVAL_ANNOTATIONS = {
  approvedBy: 'cartographer.backstage.io/approved-by',
  approvedAt: 'cartographer.backstage.io/approved-at',
  revokedBy: 'cartographer.backstage.io/revoked-by',
  revokedAt: 'cartographer.backstage.io/revoked-at',
};

/** Which mechanism decides a chain's approval. @public */
export type ApprovalMechanism = 'allowList' | 'label' | 'none';

/** How operators approve chains, from `cartographer.approval`. @public */
export interface ApprovalSettings {
  /** The label whose value "true" approves a chain. */
  label?: string;
  /** Approved chain names per cluster; "*" applies to every cluster. */
  allowList: Record<string, string[]>;
}

/** Whether operators approved a chain for onboarding, how, and who. @public */
export interface ApprovalDecision {
  approved: boolean;
  mechanism: ApprovalMechanism;
  reason: string;
  /** Who approved (or revoked) it in the portal, a user entity ref. */
  by?: string;
  /** When they did, an ISO timestamp. */
  at?: string;
}

/** Whether the config allow-list names this chain on this cluster. @public */
export function isAllowListed(
  settings: ApprovalSettings,
  cluster: string,
  name: string,
): boolean {
  return [
    ...(settings.allowList[cluster] ?? []),
    ...(settings.allowList['*'] ?? []),
  ].includes(name);
}

/**
 * The allow-list wins over the label: a listed chain is approved whatever
 * its label says, so config stays the operators' last word.
 * @public
 */
export function decideApproval(
  settings: ApprovalSettings,
  cluster: string,
  chain: Blueprint,
): ApprovalDecision {
  const name = chain.metadata?.name ?? '';
  if (isAllowListed(settings, cluster, name)) {
    return {
      approved: true,
      mechanism: 'allowList',
      reason: 'listed in cartographer.approval.supplyChains',
    };
  }
  const annotations = chain.metadata?.annotations ?? {};
  if (settings.label && chain.metadata?.labels?.[settings.label] === 'true') {
    return {
      approved: true,
      mechanism: 'label',
      reason: `label ${settings.label}=true`,
      by: annotations[APPROVAL_ANNOTATIONS.approvedBy],
      at: annotations[APPROVAL_ANNOTATIONS.approvedAt],
    };
  }
  const configured =
    !!settings.label || Object.keys(settings.allowList).length > 0;
  const revokedBy = annotations[APPROVAL_ANNOTATIONS.revokedBy];
  let reason = 'not approved by an operator';
  if (!configured) reason = 'approval is not configured';
  else if (revokedBy) reason = `approval revoked by ${revokedBy}`;
  return {
    approved: false,
    mechanism: 'none',
    reason,
    by: revokedBy,
    at: revokedBy ? annotations[APPROVAL_ANNOTATIONS.revokedAt] : undefined,
  };
}

/**
 * Why the portal may not change a chain's approval, or undefined when it may:
 * it writes the label, so it needs one configured, and it never overrides
 * the allow-list.
 * @public
 */
export function approvalChangeRefusal(
  settings: ApprovalSettings,
  cluster: string,
  name: string,
): string | undefined {
  if (isAllowListed(settings, cluster, name)) {
    return `supply chain ${name} on cluster ${cluster} is approved by the config allow-list (cartographer.approval.supplyChains), which wins over the portal: change it in app-config`;
  }
  if (!settings.label) {
    return 'approval in the portal needs cartographer.approval.label to be configured';
  }
  return undefined;
}

/** What the portal applies (server-side apply) to approve or revoke a chain. @public */
export interface ApprovalChange {
  name: string;
  approved: boolean;
  /** The user entity ref of who changes it. */
  actor: string;
  /** ISO timestamp of the change. */
  at: string;
}

/**
 * The server-side apply body of an approval change. Fields the portal's
 * field manager applied before and leaves out here are removed by the API
 * server, so a revoke drops approved-by and an approve drops revoked-by.
 * A revoke sets the label to "false" rather than leaving it out, so it also
 * wins over a label someone set with kubectl.
 * @public
 */
export function approvalApplyBody(label: string, change: ApprovalChange) {
  const annotations = change.approved
    ? {
        [APPROVAL_ANNOTATIONS.approvedBy]: change.actor,
        [APPROVAL_ANNOTATIONS.approvedAt]: change.at,
      }
    : {
        [APPROVAL_ANNOTATIONS.revokedBy]: change.actor,
        [APPROVAL_ANNOTATIONS.revokedAt]: change.at,
      };
  return {
    apiVersion: 'carto.run/v1alpha1',
    kind: 'ClusterSupplyChain',
    metadata: {
      name: change.name,
      labels: { [label]: String(change.approved) },
      annotations,
    },
  };
}
