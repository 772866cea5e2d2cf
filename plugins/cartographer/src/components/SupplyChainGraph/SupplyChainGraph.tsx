/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { SupplyChainGraph as Graph } from '@internal/plugin-cartographer-common';
import { Box, makeStyles, Typography } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { FocusEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { EdgeLayer } from './EdgeLayer';
import { GraphControls } from './GraphControls';
import {
  columnsThatFit,
  layoutGraph,
  NODE_HEIGHT,
  NODE_WIDTH,
} from './layoutGraph';
import { StageNode } from './StageNode';
import { IDENTITY, revealBox, usePanZoom } from './usePanZoom';

const MIN_VIEWPORT_HEIGHT = 160;
const MAX_VIEWPORT_HEIGHT = 560;

const useStyles = makeStyles(theme => ({
  viewport: {
    position: 'relative',
    overflow: 'hidden',
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: 4,
    background: theme.palette.background.default,
    touchAction: 'none',
    cursor: 'grab',
    userSelect: 'none',
    '&:focus-visible': {
      outline: `3px solid ${theme.palette.primary.main}`,
      outlineOffset: 2,
    },
  },
  dragging: { cursor: 'grabbing' },
  canvas: { position: 'absolute', left: 0, top: 0, transformOrigin: '0 0' },
  list: { margin: 0, padding: 0 },
}));

/** Props of {@link SupplyChainGraph}. */
export interface SupplyChainGraphProps {
  graph: Graph;
  /** Names the graph for assistive technology, e.g. "Supply chain source-to-url". */
  label: string;
  /** False draws the chain's design only (no states), for the catalogue. */
  withStatus?: boolean;
  /** Makes stages buttons that report their name when clicked or activated. */
  onSelectStage?: (stage: string) => void;
  selectedStage?: string;
  /** The stage the diagnosis blames, drawn with a red halo. */
  blockingStage?: string;
}

function useElementWidth(ref: React.RefObject<HTMLElement | null>) {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(entries =>
      setWidth(Math.round(entries[0].contentRect.width)),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * A supply chain or delivery as boxes and arrows: stages in columns by
 * input depth (chain order within a column), edges labelled with the
 * artifact that travels along them. Any chain works, custom ones included:
 * nothing here knows stage or template names.
 */
export function SupplyChainGraph(props: SupplyChainGraphProps) {
  const {
    graph,
    label,
    withStatus = true,
    onSelectStage,
    selectedStage,
    blockingStage,
  } = props;
  const classes = useStyles();
  const markerId = `cartographer-arrow-${useId().replace(/:/g, '')}`;
  const viewportRef = useRef<HTMLDivElement>(null);
  const viewportWidth = useElementWidth(viewportRef);
  const [wrap, setWrap] = useState(true);

  const fitColumns = columnsThatFit(viewportWidth);
  const layout = useMemo(
    () =>
      layoutGraph(graph, { maxColumnsPerBand: wrap ? fitColumns : undefined }),
    [graph, wrap, fitColumns],
  );
  const viewportHeight = Math.min(
    MAX_VIEWPORT_HEIGHT,
    Math.max(MIN_VIEWPORT_HEIGHT, layout.height),
  );
  const panZoom = usePanZoom(
    viewportRef,
    { width: layout.width, height: layout.height },
    { width: viewportWidth, height: viewportHeight },
  );
  const { view, setView } = panZoom;

  // A new arrangement starts from the top-left at 100%.
  useEffect(() => setView(IDENTITY), [layout.columnsPerBand, setView]);

  const inputsOf = (stage: string) => graph.edges.filter(e => e.to === stage);

  // Keyboard users tab through stages; bring each into view as it gets focus.
  const revealStage = (x: number, y: number) => (_: FocusEvent<HTMLElement>) =>
    setView(v =>
      revealBox(
        v,
        { x, y, width: NODE_WIDTH, height: NODE_HEIGHT },
        { width: viewportWidth, height: viewportHeight },
      ),
    );

  return (
    <Box display="flex" flexDirection="column" style={{ gap: 8 }}>
      <GraphControls
        graphLabel={label}
        scale={view.scale}
        wrap={wrap}
        canWrap={fitColumns !== undefined && layout.columns > fitColumns}
        onZoomIn={panZoom.zoomIn}
        onZoomOut={panZoom.zoomOut}
        onFit={panZoom.fit}
        onReset={panZoom.reset}
        onToggleWrap={() => setWrap(w => !w)}
      />
      {/* A pannable viewport is focusable like a map, so keyboard users can
          pan and zoom it; the stages inside stay ordinary buttons. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={viewportRef}
        className={`${classes.viewport} ${panZoom.dragging ? classes.dragging : ''}`}
        style={{ height: viewportHeight }}
        role="group"
        aria-roledescription="graph"
        aria-label={`${label}: ${graph.nodes.length} stages. Arrow keys pan, plus and minus zoom, 0 fits.`}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        data-testid="graph-viewport"
        onKeyDown={panZoom.onKeyDown}
        {...panZoom.pointerHandlers}
      >
        <div
          className={classes.canvas}
          data-testid="graph-canvas"
          style={{
            width: layout.width,
            height: layout.height,
            transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})`,
          }}
        >
          <EdgeLayer
            layout={layout}
            markerId={markerId}
            withStatus={withStatus}
          />
          <div
            role="list"
            aria-label={`Stages of ${label}`}
            className={classes.list}
          >
            {layout.nodes.map(({ node, x, y }) => (
              <StageNode
                key={node.name}
                node={node}
                x={x}
                y={y}
                inputs={inputsOf(node.name)}
                withStatus={withStatus}
                blocking={withStatus && node.name === blockingStage}
                selected={node.name === selectedStage}
                onSelect={onSelectStage}
                onFocus={revealStage(x, y)}
              />
            ))}
          </div>
        </div>
      </div>
      {withStatus && graph.orphaned.length > 0 && (
        <Alert severity="info">
          <Typography variant="body2">
            The workload's status still lists stages its supply chain no longer
            has ({graph.orphaned.join(', ')}): the chain changed since
            Cartographer last reconciled it. They are left out of the graph.
          </Typography>
        </Alert>
      )}
    </Box>
  );
}
