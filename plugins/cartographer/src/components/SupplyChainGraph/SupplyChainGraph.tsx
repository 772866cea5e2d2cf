/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  GraphNode,
  stageColumns,
  SupplyChainGraph as Graph,
} from '@internal/plugin-cartographer-common';
import {
  Box,
  Button,
  ButtonGroup,
  makeStyles,
  Typography,
} from '@material-ui/core';
import { PointerEvent, useRef, useState, WheelEvent } from 'react';
import { relativeTime } from './relativeTime';
import { StageStatus } from './StageStatus';

const useStyles = makeStyles(theme => ({
  viewport: {
    overflow: 'hidden',
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: 4,
    minHeight: 200,
    cursor: 'grab',
    touchAction: 'none',
  },
  canvas: {
    display: 'flex',
    gap: theme.spacing(4),
    padding: theme.spacing(2),
    transformOrigin: '0 0',
  },
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(2),
    justifyContent: 'center',
  },
  node: {
    width: 230,
    padding: theme.spacing(1.5),
    background: theme.palette.background.paper,
    color: theme.palette.text.primary,
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: 4,
    boxShadow: theme.shadows[1],
    font: 'inherit',
    textAlign: 'left',
    cursor: 'pointer',
    borderLeft: `4px solid ${theme.palette.grey[500]}`,
    '&:focus': { outline: `3px solid ${theme.palette.primary.main}` },
  },
  ready: { borderLeftColor: theme.palette.success?.main ?? '#2e7d32' },
  failed: { borderLeftColor: theme.palette.error.main },
  pending: { borderLeftColor: theme.palette.info?.main ?? '#0288d1' },
  unknown: { borderLeftColor: theme.palette.grey[500] },
  input: { fontFamily: 'monospace', fontSize: '0.75rem' },
}));

function templateLabel(node: GraphNode) {
  if (node.passThrough) return `pass-through of ${node.passThrough}`;
  if (node.options)
    return `${node.chosenOption ?? 'no option chosen'} (of ${node.options.join(', ')})`;
  return node.templateName ?? '';
}

/**
 * The stages of a supply chain in columns by input depth, with pan (drag)
 * and zoom (wheel or buttons). Every stage is a button: Tab to reach it,
 * Enter to open its details.
 */
export function SupplyChainGraph({
  graph,
  onSelect,
}: {
  graph: Graph;
  onSelect?: (stage: string) => void;
}) {
  const classes = useStyles();
  const [view, setView] = useState({ scale: 1, x: 0, y: 0 });
  const drag = useRef<{ x: number; y: number } | undefined>(undefined);
  const columns = stageColumns(graph);
  const byColumn: GraphNode[][] = [];
  for (const node of graph.nodes) {
    (byColumn[columns[node.name] ?? 0] ??= []).push(node);
  }
  const zoom = (factor: number) =>
    setView(v => ({
      ...v,
      scale: Math.min(
        2.5,
        Math.max(0.3, Number((v.scale * factor).toFixed(3))),
      ),
    }));

  const onWheel = (e: WheelEvent) => zoom(e.deltaY < 0 ? 1.1 : 1 / 1.1);
  const onPointerDown = (e: PointerEvent) => {
    drag.current = { x: e.clientX - view.x, y: e.clientY - view.y };
  };
  const onPointerMove = (e: PointerEvent) => {
    if (drag.current) {
      const start = drag.current;
      setView(v => ({ ...v, x: e.clientX - start.x, y: e.clientY - start.y }));
    }
  };
  const stopDrag = () => {
    drag.current = undefined;
  };

  return (
    <Box>
      <ButtonGroup size="small" aria-label="Graph zoom">
        <Button onClick={() => zoom(1.25)} aria-label="Zoom in">
          +
        </Button>
        <Button onClick={() => zoom(0.8)} aria-label="Zoom out">
          −
        </Button>
        <Button
          onClick={() => setView({ scale: 1, x: 0, y: 0 })}
          aria-label="Reset view"
        >
          Reset
        </Button>
      </ButtonGroup>
      <div
        className={classes.viewport}
        data-testid="graph-viewport"
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={stopDrag}
        onPointerLeave={stopDrag}
      >
        <div
          className={classes.canvas}
          data-testid="graph-canvas"
          style={{
            transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})`,
          }}
        >
          {byColumn.map((nodes, column) => (
            <div className={classes.column} key={column}>
              {(nodes ?? []).map(node => (
                <button
                  key={node.name}
                  type="button"
                  className={`${classes.node} ${classes[node.state]}`}
                  data-stage={node.name}
                  data-state={node.state}
                  onPointerDown={(e: PointerEvent) => e.stopPropagation()}
                  onClick={() => onSelect?.(node.name)}
                >
                  <Typography variant="subtitle2" component="div">
                    {node.name}
                  </Typography>
                  <Typography variant="caption" component="div">
                    {node.stampedRef?.kind ?? node.templateKind} ·{' '}
                    {templateLabel(node)}
                  </Typography>
                  <StageStatus state={node.state} />
                  {node.lastTransitionTime && (
                    <Typography variant="caption" component="div">
                      changed {relativeTime(node.lastTransitionTime)}
                    </Typography>
                  )}
                  {graph.edges
                    .filter(e => e.to === node.name)
                    .map(edge => (
                      <div key={edge.from} className={classes.input}>
                        ← {edge.from}
                        {edge.alias ? ` as ${edge.alias}` : ''}
                        {edge.output?.shortDigest
                          ? ` @${edge.output.shortDigest}`
                          : ''}
                      </div>
                    ))}
                </button>
              ))}
            </div>
          ))}
        </div>
      </div>
    </Box>
  );
}
