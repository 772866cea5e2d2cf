/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Config } from '@backstage/config';
import { Blueprint } from '@internal/plugin-cartographer-common';

/** Whether operators approved a chain for onboarding, and why. */
export interface ApprovalDecision {
  approved: boolean;
  reason: string;
}

/**
 * Operator approval of supply chains: a label on the chain that config names
 * (`cartographer.approval.label`, value "true") and/or an allow-list per
 * cluster (`cartographer.approval.supplyChains`, entries of `{ cluster?, names }`).
 * With neither configured nothing is approved.
 */
export class ApprovalPolicy {
  private constructor(
    private readonly label: string | undefined,
    private readonly allowList: Record<string, string[]>,
  ) {}

  static fromConfig(config: Config): ApprovalPolicy {
    const approval = config.getOptionalConfig('cartographer.approval');
    const allowList: Record<string, string[]> = {};
    for (const entry of approval?.getOptionalConfigArray('supplyChains') ??
      []) {
      // An entry without a cluster applies to every cluster.
      const cluster = entry.getOptionalString('cluster') ?? '*';
      allowList[cluster] = [
        ...(allowList[cluster] ?? []),
        ...entry.getStringArray('names'),
      ];
    }
    return new ApprovalPolicy(approval?.getOptionalString('label'), allowList);
  }

  get configured(): boolean {
    return !!this.label || Object.keys(this.allowList).length > 0;
  }

  /** How an operator approves a chain, for refusal messages. */
  howToApprove(): string {
    const ways = [];
    if (this.label)
      ways.push(`label the ClusterSupplyChain ${this.label}=true`);
    ways.push('list it under cartographer.approval.supplyChains in app-config');
    if (!this.configured) {
      return 'No supply chain is approved because approval is not configured: set cartographer.approval.label or cartographer.approval.supplyChains';
    }
    return `An operator can approve it: ${ways.join(', or ')}`;
  }

  decide(cluster: string, chain: Blueprint): ApprovalDecision {
    const name = chain.metadata?.name ?? '';
    if (this.label && chain.metadata?.labels?.[this.label] === 'true') {
      return { approved: true, reason: `label ${this.label}=true` };
    }
    const listed = [
      ...(this.allowList[cluster] ?? []),
      ...(this.allowList['*'] ?? []),
    ];
    if (listed.includes(name)) {
      return {
        approved: true,
        reason: `listed in cartographer.approval.supplyChains`,
      };
    }
    return {
      approved: false,
      reason: this.configured
        ? 'not approved by an operator'
        : 'approval is not configured',
    };
  }
}
