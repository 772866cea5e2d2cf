/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { SupplyChainSummary } from '@internal/plugin-cartographer-common';

/**
 * The chains a developer may onboard onto: supply chains (not deliveries)
 * that operators approved and that are Ready. The backend refuses any
 * other, so offering them would only lead to a failed task.
 */
export function onboardableChains(
  items: SupplyChainSummary[],
): SupplyChainSummary[] {
  return items.filter(
    c =>
      c.kind === 'ClusterSupplyChain' &&
      c.approved &&
      c.ready.status === 'True',
  );
}

/**
 * The labels that make a workload match the chain's selector: fixed label
 * values, the first of several allowed values, and `true` for labels that
 * only need to exist.
 */
export function labelsForChain(
  chain: SupplyChainSummary,
): Record<string, string> {
  const { labels, choices, present } = chain.requiredLabels;
  const result: Record<string, string> = { ...labels };
  for (const [key, values] of Object.entries(choices)) {
    result[key] ??= values[0];
  }
  for (const key of present) {
    result[key] ??= 'true';
  }
  return result;
}
