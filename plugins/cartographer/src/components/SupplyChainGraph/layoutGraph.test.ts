/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { buildSupplyChainGraph } from '@internal/plugin-cartographer-common';
import {
  longCustomChain,
  shopFrontendDetail,
} from '../../__fixtures__/cartographer';
import {
  columnsThatFit,
  COLUMN_GAP,
  layoutGraph,
  NODE_WIDTH,
  roundedPath,
} from './layoutGraph';

describe('layoutGraph', () => {
  it('places stages left to right by input depth, in chain order', () => {
    const layout = layoutGraph(shopFrontendDetail.graph!);
    expect(layout.nodes.map(n => [n.node.name, n.column, n.band])).toEqual([
      ['source-provider', 0, 0],
      ['image-builder', 1, 0],
      ['config-provider', 2, 0],
      ['app-config', 3, 0],
      ['config-writer', 4, 0],
    ]);
    const xs = layout.nodes.map(n => n.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(layout.nodes.map(n => n.y)).size).toBe(1);
  });

  it('wraps a 14-stage custom chain into bands that fit the width', () => {
    const graph = buildSupplyChainGraph(longCustomChain(13));
    const layout = layoutGraph(graph, { maxColumnsPerBand: 4 });
    expect(layout.columns).toBe(14);
    expect(layout.columnsPerBand).toBe(4);
    const bands = layout.nodes.map(n => n.band);
    expect(Math.max(...bands)).toBe(3);
    // No band is wider than four columns.
    expect(layout.width).toBe(4 * NODE_WIDTH + 3 * COLUMN_GAP + COLUMN_GAP);
    // The audit stage (inputs from step-1 and step-13) sits in the last column.
    expect(layout.nodes.find(n => n.node.name === 'audit')?.column).toBe(13);
  });

  it('routes every edge, including skip and cross-band edges', () => {
    const graph = buildSupplyChainGraph(longCustomChain(13));
    const layout = layoutGraph(graph, { maxColumnsPerBand: 4 });
    expect(layout.edges).toHaveLength(graph.edges.length);
    for (const { path } of layout.edges) {
      expect(path).toMatch(/^M [\d.]+ [\d.]+ /);
      expect(path).not.toContain('NaN');
    }
  });

  it('labels one artifact per producing stage and output', () => {
    const layout = layoutGraph(shopFrontendDetail.graph!);
    const source = layout.labels.find(l => l.from === 'source-provider');
    expect(source?.output?.name).toBe('revision');
    expect(source?.aliases).toEqual(['source']);
  });

  it('fits as many columns as the width allows', () => {
    expect(columnsThatFit(0)).toBeUndefined();
    expect(columnsThatFit(1000)).toBe(3);
    expect(columnsThatFit(100)).toBe(1);
  });

  it('rounds the corners of polylines', () => {
    expect(
      roundedPath(
        [
          [0, 0],
          [10, 0],
          [10, 10],
        ],
        2,
      ),
    ).toBe('M 0 0 L 8 0 Q 10 0 10 2 L 10 10');
  });
});
