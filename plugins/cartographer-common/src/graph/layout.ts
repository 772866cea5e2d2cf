/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { SupplyChainGraph } from './buildGraph';

/**
 * The column of each stage in a left-to-right drawing: one more than the
 * deepest stage it consumes from. Cycles (never valid, but not rejected by
 * Cartographer's webhook) are cut at the first revisit.
 * @public
 */
export function stageColumns(graph: SupplyChainGraph): Record<string, number> {
  const inputsOf = new Map<string, string[]>();
  for (const edge of graph.edges) {
    inputsOf.set(edge.to, [...(inputsOf.get(edge.to) ?? []), edge.from]);
  }
  const columns: Record<string, number> = {};
  const visiting = new Set<string>();
  const depth = (name: string): number => {
    if (columns[name] !== undefined) return columns[name];
    if (visiting.has(name)) return 0;
    visiting.add(name);
    const inputs = inputsOf.get(name) ?? [];
    const value = inputs.length ? Math.max(...inputs.map(depth)) + 1 : 0;
    visiting.delete(name);
    columns[name] = value;
    return value;
  };
  graph.nodes.forEach(n => depth(n.name));
  return columns;
}
