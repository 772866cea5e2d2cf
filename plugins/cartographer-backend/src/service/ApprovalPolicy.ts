/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Config } from '@backstage/config';
import {
  ApprovalDecision,
  approvalChangeRefusal,
  ApprovalSettings,
  Blueprint,
  decideApproval,
} from '@internal/plugin-cartographer-common';

export type { ApprovalDecision } from '@internal/plugin-cartographer-common';

/**
 * Operator approval of supply chains: a label on the chain that config names
 * (`cartographer.approval.label`, value "true") and/or an allow-list per
 * cluster (`cartographer.approval.supplyChains`, entries of `{ cluster?, names }`).
 * With neither configured nothing is approved.
 */
export class ApprovalPolicy {
  private constructor(private readonly settings: ApprovalSettings) {}

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
    return new ApprovalPolicy({
      label: approval?.getOptionalString('label'),
      allowList,
    });
  }

  get label(): string | undefined {
    return this.settings.label;
  }

  get configured(): boolean {
    return (
      !!this.settings.label || Object.keys(this.settings.allowList).length > 0
    );
  }

  /** How an operator approves a chain, for refusal messages. */
  howToApprove(): string {
    const { label } = this.settings;
    const ways = [];
    if (label) {
      ways.push(
        `approve it on the Supply chains page or label the ClusterSupplyChain ${label}=true`,
      );
    }
    ways.push('list it under cartographer.approval.supplyChains in app-config');
    if (!this.configured) {
      return 'No supply chain is approved because approval is not configured: set cartographer.approval.label or cartographer.approval.supplyChains';
    }
    return `An operator can approve it: ${ways.join(', or ')}`;
  }

  decide(cluster: string, chain: Blueprint): ApprovalDecision {
    return decideApproval(this.settings, cluster, chain);
  }

  /** Why the portal may not change this chain's approval, if it may not. */
  changeRefusal(cluster: string, name: string): string | undefined {
    return approvalChangeRefusal(this.settings, cluster, name);
  }
}
