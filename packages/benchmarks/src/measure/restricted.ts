/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import type { Target } from '../backend/protocol';

/** A workload as a response shows it. */
export interface ShownWorkload {
  namespace: string;
  name: string;
}

type StockBody = {
  items: Array<{
    resources: Array<{
      type: string;
      resources: Array<{ metadata?: { namespace?: string; name?: string } }>;
    }>;
  }>;
};

/**
 * The workloads in a tab or index answer: ours lists them in `items`, the
 * stock backend as custom resources under each cluster.
 */
export function shownWorkloads(target: Target, body: unknown): ShownWorkload[] {
  if (target === 'cartographer') {
    return (body as { items: ShownWorkload[] }).items.map(w => ({
      namespace: w.namespace,
      name: w.name,
    }));
  }
  return (body as StockBody).items
    .flatMap(cluster => cluster.resources)
    .filter(r => r.type === 'customresources')
    .flatMap(r => r.resources)
    .map(r => ({
      namespace: r.metadata?.namespace ?? '',
      name: r.metadata?.name ?? '',
    }));
}

/** `namespace/name` of every shown workload outside `allowed`. */
export function leakedWorkloads(
  shown: ShownWorkload[],
  allowed: string[],
): string[] {
  return shown
    .filter(w => !allowed.includes(w.namespace))
    .map(w => `${w.namespace}/${w.name}`);
}

/**
 * Fails the benchmark when a restricted user's answer shows a workload of
 * a namespace the policy does not grant: a fast answer that leaks is void.
 */
export function assertNothingLeaked(
  what: string,
  shown: ShownWorkload[],
  allowed: string[],
): void {
  const leaked = leakedWorkloads(shown, allowed);
  if (leaked.length > 0) {
    throw new Error(
      `${what} shows ${leaked.length} workload(s) outside ${allowed.join(', ')} to the restricted user: ${leaked.slice(0, 5).join(', ')}`,
    );
  }
}
