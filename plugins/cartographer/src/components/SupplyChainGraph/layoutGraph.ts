/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  GraphEdge,
  GraphNode,
  stageColumns,
  SupplyChainGraph,
} from '@internal/plugin-cartographer-common';

/** Geometry of the drawing, in canvas pixels at zoom 1. */
export const NODE_WIDTH = 224;
export const NODE_HEIGHT = 116;
/** Room between columns for the edge labels. */
export const COLUMN_GAP = 104;
export const ROW_GAP = 28;
/** Room between wrapped bands for the edges that cross them. */
export const BAND_GAP = 64;
const PADDING = 16;
/** Edge-skipping lanes run above a band, this far apart. */
const LANE_SPACING = 8;
const CORNER = 10;

export interface PositionedNode {
  node: GraphNode;
  x: number;
  y: number;
  column: number;
  band: number;
}

export interface PositionedEdge {
  edge: GraphEdge;
  /** SVG path data. */
  path: string;
}

/** One label per producing stage and output: fan-out edges carry the same artifact. */
export interface PositionedEdgeLabel {
  key: string;
  from: string;
  output?: GraphEdge['output'];
  /** The input name(s) consumers use, for stages that produce nothing yet. */
  aliases: string[];
  x: number;
  y: number;
}

export interface GraphLayout {
  nodes: PositionedNode[];
  edges: PositionedEdge[];
  labels: PositionedEdgeLabel[];
  width: number;
  height: number;
  /** How many columns the chain has, and how many fit in one band. */
  columns: number;
  columnsPerBand: number;
}

export interface LayoutOptions {
  /** Wrap into bands of at most this many columns; unlimited when absent. */
  maxColumnsPerBand?: number;
}

type Point = [number, number];

/** A polyline with rounded corners, as SVG path data. */
export function roundedPath(points: Point[], radius = CORNER): string {
  const [first, ...rest] = points;
  let d = `M ${first[0]} ${first[1]}`;
  for (let i = 0; i < rest.length; i++) {
    const [x, y] = rest[i];
    const next = rest[i + 1];
    const prev = points[i];
    if (!next) {
      d += ` L ${x} ${y}`;
      break;
    }
    const inLength = Math.hypot(x - prev[0], y - prev[1]);
    const outLength = Math.hypot(next[0] - x, next[1] - y);
    const r = Math.min(radius, inLength / 2, outLength / 2);
    const before: Point = [
      x - ((x - prev[0]) / (inLength || 1)) * r,
      y - ((y - prev[1]) / (inLength || 1)) * r,
    ];
    const after: Point = [
      x + ((next[0] - x) / (outLength || 1)) * r,
      y + ((next[1] - y) / (outLength || 1)) * r,
    ];
    d += ` L ${before[0]} ${before[1]} Q ${x} ${y} ${after[0]} ${after[1]}`;
  }
  return d;
}

/**
 * Lays a supply chain out left to right: a stage's column is one more than
 * the deepest stage it consumes from, stages of a column keep chain order,
 * and long chains wrap into bands so 12+ stages stay readable at 100%.
 * Edges between neighbouring columns are curves; edges that skip columns
 * run in a lane above the band, and edges into a later band drop through
 * the gap between bands, so no edge crosses a stage.
 */
export function layoutGraph(
  graph: SupplyChainGraph,
  options: LayoutOptions = {},
): GraphLayout {
  const columnOf = stageColumns(graph);
  const columns =
    Math.max(0, ...graph.nodes.map(n => columnOf[n.name] ?? 0)) + 1;
  const columnsPerBand = Math.max(
    1,
    Math.min(columns, options.maxColumnsPerBand ?? columns),
  );
  const bands = Math.ceil(columns / columnsPerBand);

  // Rows per column, in chain order.
  const byColumn: GraphNode[][] = Array.from({ length: columns }, () => []);
  for (const node of graph.nodes) byColumn[columnOf[node.name] ?? 0].push(node);

  // Edges that skip columns inside a band need lanes above that band.
  const bandOf = (column: number) => Math.floor(column / columnsPerBand);
  const skipLanes: number[] = Array.from({ length: bands }, () => 0);
  for (const edge of graph.edges) {
    const from = columnOf[edge.from];
    const to = columnOf[edge.to];
    if (from === undefined || to === undefined) continue;
    if (bandOf(from) === bandOf(to) && to - from !== 1)
      skipLanes[bandOf(from)]++;
  }

  const rowHeight = NODE_HEIGHT + ROW_GAP;
  const bandTops: number[] = [];
  const bandHeights: number[] = [];
  let top = PADDING;
  for (let band = 0; band < bands; band++) {
    top +=
      skipLanes[band] * LANE_SPACING + (skipLanes[band] ? LANE_SPACING : 0);
    const bandColumns = byColumn.slice(
      band * columnsPerBand,
      (band + 1) * columnsPerBand,
    );
    const rows = Math.max(1, ...bandColumns.map(c => c.length));
    bandTops.push(top);
    bandHeights.push(rows * rowHeight - ROW_GAP);
    top += rows * rowHeight - ROW_GAP + BAND_GAP;
  }
  const height = top - BAND_GAP + PADDING;

  // Half a gap of margin on the left leaves room for edges entering column 0 of a later band.
  const left = COLUMN_GAP / 2;
  const positioned = new Map<string, PositionedNode>();
  byColumn.forEach((nodes, column) => {
    const band = bandOf(column);
    const local = column - band * columnsPerBand;
    // Centre short columns in the band, so fan-in and fan-out read naturally.
    const offset =
      (bandHeights[band] - (nodes.length * rowHeight - ROW_GAP)) / 2;
    nodes.forEach((node, row) => {
      positioned.set(node.name, {
        node,
        column,
        band,
        x: left + local * (NODE_WIDTH + COLUMN_GAP),
        y: bandTops[band] + offset + row * rowHeight,
      });
    });
  });
  const width =
    left + columnsPerBand * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP + left;

  const lanesUsed: number[] = Array.from({ length: bands }, () => 0);
  const edges: PositionedEdge[] = [];
  for (const edge of graph.edges) {
    const from = positioned.get(edge.from);
    const to = positioned.get(edge.to);
    if (!from || !to) continue;
    const start: Point = [from.x + NODE_WIDTH, from.y + NODE_HEIGHT / 2];
    const end: Point = [to.x, to.y + NODE_HEIGHT / 2];
    const outX = start[0] + COLUMN_GAP / 2;
    const inX = end[0] - COLUMN_GAP / 2;
    let path: string;
    if (from.band === to.band && to.column - from.column === 1) {
      const dx = (end[0] - start[0]) / 2;
      path = `M ${start[0]} ${start[1]} C ${start[0] + dx} ${start[1]} ${end[0] - dx} ${end[1]} ${end[0]} ${end[1]}`;
    } else if (from.band === to.band) {
      lanesUsed[from.band]++;
      const laneY = bandTops[from.band] - lanesUsed[from.band] * LANE_SPACING;
      path = roundedPath([
        start,
        [outX, start[1]],
        [outX, laneY],
        [inX, laneY],
        [inX, end[1]],
        end,
      ]);
    } else {
      const gapY = bandTops[from.band] + bandHeights[from.band] + BAND_GAP / 2;
      path = roundedPath([
        start,
        [outX, start[1]],
        [outX, gapY],
        [inX, gapY],
        [inX, end[1]],
        end,
      ]);
    }
    edges.push({ edge, path });
  }

  const labels = new Map<string, PositionedEdgeLabel>();
  for (const { edge } of edges) {
    const from = positioned.get(edge.from)!;
    const key = `${edge.from}:${edge.output?.name ?? ''}`;
    const label = labels.get(key) ?? {
      key,
      from: edge.from,
      output: edge.output,
      aliases: [],
      x: from.x + NODE_WIDTH + 6,
      y: from.y + NODE_HEIGHT / 2,
    };
    const alias = edge.alias ?? edge.inputKind;
    if (!label.aliases.includes(alias)) label.aliases.push(alias);
    labels.set(key, label);
  }

  return {
    nodes: [...positioned.values()],
    edges,
    labels: [...labels.values()],
    width: Math.max(width, NODE_WIDTH + 2 * left),
    height,
    columns,
    columnsPerBand,
  };
}

/** How many columns fit side by side in `width` pixels at zoom 1. */
export function columnsThatFit(width: number): number | undefined {
  if (!width) return undefined;
  // n columns take n * NODE_WIDTH + (n - 1) * COLUMN_GAP plus a half gap each side.
  return Math.max(1, Math.floor(width / (NODE_WIDTH + COLUMN_GAP)));
}
