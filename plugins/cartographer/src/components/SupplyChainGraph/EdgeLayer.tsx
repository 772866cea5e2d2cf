/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { makeStyles } from '@material-ui/core';
import { GraphLayout, PositionedEdgeLabel } from './layoutGraph';

const useStyles = makeStyles(theme => ({
  svg: { position: 'absolute', left: 0, top: 0, overflow: 'visible' },
  edge: {
    fill: 'none',
    stroke: theme.palette.text.secondary,
    strokeWidth: 1.5,
  },
  waiting: { strokeDasharray: '5 4', opacity: 0.7 },
  arrow: { fill: theme.palette.text.secondary },
  name: {
    fontFamily: theme.typography.fontFamily,
    fontSize: 11,
    fill: theme.palette.text.secondary,
  },
  digest: {
    fontFamily: 'monospace',
    fontSize: 11,
    fill: theme.palette.text.primary,
  },
}));

const PREVIEW_LIMIT = 400;

function labelTitle(label: PositionedEdgeLabel) {
  const consumers = `consumed as ${label.aliases.join(', ')}`;
  if (!label.output) return `${label.from}: no output yet (${consumers})`;
  const preview = label.output.preview?.trim();
  return [
    `${label.from} output "${label.output.name}" (${consumers})`,
    label.output.digest,
    preview && preview.length > PREVIEW_LIMIT
      ? `${preview.slice(0, PREVIEW_LIMIT)}…`
      : preview,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * Edges and their labels. Decorative for assistive technology: each stage
 * node describes its inputs in words.
 */
export function EdgeLayer({
  layout,
  markerId,
  withStatus,
}: {
  layout: GraphLayout;
  markerId: string;
  withStatus: boolean;
}) {
  const classes = useStyles();
  return (
    <svg
      className={classes.svg}
      width={layout.width}
      height={layout.height}
      aria-hidden="true"
      data-testid="graph-edges"
    >
      <defs>
        <marker
          id={markerId}
          viewBox="0 0 10 10"
          refX="10"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" className={classes.arrow} />
        </marker>
      </defs>
      {layout.edges.map(({ edge, path }) => (
        <path
          key={`${edge.from}->${edge.to}`}
          d={path}
          className={`${classes.edge} ${withStatus && !edge.output ? classes.waiting : ''}`}
          markerEnd={`url(#${markerId})`}
          data-edge={`${edge.from}->${edge.to}`}
        />
      ))}
      {layout.labels.map(label => {
        const top =
          withStatus && label.output
            ? label.output.name
            : label.aliases.join(', ');
        const bottom = withStatus
          ? (label.output?.shortDigest?.slice(0, 8) ?? 'waiting')
          : undefined;
        return (
          <g
            key={label.key}
            transform={`translate(${label.x} ${label.y})`}
            data-edge-label={label.key}
          >
            <title>{labelTitle(label)}</title>
            <text y={-6} className={classes.name}>
              {top}
            </text>
            {bottom && (
              <text y={15} className={classes.digest}>
                {bottom}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
