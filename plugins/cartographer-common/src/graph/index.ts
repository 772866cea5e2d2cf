/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export { buildSupplyChainGraph, stageState } from './buildGraph';
export type {
  GraphCondition,
  GraphEdge,
  GraphNode,
  GraphOutput,
  StageState,
  SupplyChainGraph,
} from './buildGraph';
export { stageColumns } from './layout';
