/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { GraphEdge, GraphNode } from '@internal/plugin-cartographer-common';
import { makeStyles, Typography } from '@material-ui/core';
import { FocusEvent } from 'react';
import { describeStage } from '../../lib/stageStatus';
import { RelativeTime } from '../RelativeTime';
import { StatusLabel } from '../StatusLabel';
import { NODE_HEIGHT, NODE_WIDTH } from './layoutGraph';

const useStyles = makeStyles(theme => ({
  node: {
    position: 'absolute',
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    boxSizing: 'border-box',
    padding: theme.spacing(1, 1.25),
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: 2,
    overflow: 'hidden',
    textAlign: 'left',
    font: 'inherit',
    color: theme.palette.text.primary,
    background: theme.palette.background.paper,
    border: `1px solid ${theme.palette.divider}`,
    borderLeftWidth: 6,
    borderRadius: 4,
    boxShadow: theme.shadows[1],
  },
  interactive: {
    cursor: 'pointer',
    '&:hover': { boxShadow: theme.shadows[4] },
    '&:focus-visible': {
      outline: `3px solid ${theme.palette.primary.main}`,
      outlineOffset: 2,
    },
  },
  selected: {
    outline: `2px solid ${theme.palette.primary.main}`,
    outlineOffset: 2,
  },
  blocking: { boxShadow: `0 0 0 3px ${theme.palette.error.light}` },
  ready: { borderLeftColor: theme.palette.success.main },
  failed: { borderLeftColor: theme.palette.error.main },
  pending: { borderLeftColor: theme.palette.info.main },
  unknown: { borderLeftColor: theme.palette.grey[500] },
  blueprint: { borderLeftColor: theme.palette.primary.main },
  line: {
    display: 'block',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    lineHeight: 1.4,
  },
  status: {
    fontSize: theme.typography.caption.fontSize,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  visuallyHidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
}));

/** Which template a stage uses: the fixed one, the chosen option, or a pass-through. */
export function templateDescription(
  node: GraphNode,
  withStatus: boolean,
): string {
  if (node.passThrough) return `pass-through of ${node.passThrough}`;
  if (node.options) {
    if (!withStatus) return `options: ${node.options.join(' | ')}`;
    return node.chosenOption
      ? `option ${node.chosenOption} (of ${node.options.length})`
      : `no option chosen (of ${node.options.length})`;
  }
  return `${node.templateKind}/${node.templateName ?? '?'}`;
}

function inputsDescription(inputs: GraphEdge[]) {
  if (!inputs.length) return 'No inputs.';
  return `Inputs: ${inputs
    .map(
      e =>
        `${e.alias ?? e.inputKind} from ${e.from}${e.output ? ` (${e.output.name}${e.output.shortDigest ? ` ${e.output.shortDigest.slice(0, 8)}` : ''})` : ''}`,
    )
    .join('; ')}.`;
}

/** Props of {@link StageNode}. */
export interface StageNodeProps {
  node: GraphNode;
  x: number;
  y: number;
  inputs: GraphEdge[];
  /** Without status the node shows the chain's design only. */
  withStatus: boolean;
  blocking?: boolean;
  selected?: boolean;
  onSelect?: (stage: string) => void;
  onFocus?: (e: FocusEvent<HTMLElement>) => void;
}

/**
 * One stage: resource name, stamped kind, template, and state as icon and
 * words with its reason and age. A button when it opens details, so Tab
 * reaches it and Enter opens it.
 */
export function StageNode(props: StageNodeProps) {
  const {
    node,
    x,
    y,
    inputs,
    withStatus,
    blocking,
    selected,
    onSelect,
    onFocus,
  } = props;
  const classes = useStyles();
  const description = describeStage(node);
  const stamped = node.stampedRef;
  const kind = withStatus && stamped?.kind ? stamped.kind : node.templateKind;
  const kindTitle = stamped
    ? `${stamped.apiVersion ?? ''} ${stamped.kind ?? ''} ${stamped.namespace ? `${stamped.namespace}/` : ''}${stamped.name ?? ''}`.trim()
    : `template kind ${node.templateKind}`;
  const template = templateDescription(node, withStatus);
  const className = [
    classes.node,
    withStatus ? classes[node.state] : classes.blueprint,
    onSelect ? classes.interactive : '',
    blocking ? classes.blocking : '',
    selected ? classes.selected : '',
  ].join(' ');

  const content = (
    <>
      <Typography
        variant="subtitle2"
        component="span"
        className={classes.line}
        title={node.name}
      >
        {node.name}
      </Typography>
      <Typography
        variant="caption"
        component="span"
        className={classes.line}
        title={kindTitle}
      >
        {kind}
      </Typography>
      <Typography
        variant="caption"
        component="span"
        className={classes.line}
        title={template}
      >
        {template}
      </Typography>
      {withStatus && (
        <span className={classes.status} title={description.explanation}>
          <StatusLabel
            state={description.state}
            label={description.label}
            reason={description.reason}
          />
        </span>
      )}
      {withStatus && node.lastTransitionTime && (
        <Typography
          variant="caption"
          component="span"
          className={classes.line}
          color="textSecondary"
        >
          <RelativeTime time={node.lastTransitionTime} prefix="changed" />
        </Typography>
      )}
      {blocking && (
        <span className={classes.visuallyHidden}>Blocks the workload.</span>
      )}
      <span className={classes.visuallyHidden}>
        {inputsDescription(inputs)}
      </span>
    </>
  );

  const style = { left: x, top: y };
  if (!onSelect) {
    return (
      <div
        className={className}
        style={style}
        data-stage={node.name}
        data-state={withStatus ? node.state : undefined}
        role="listitem"
      >
        {content}
      </div>
    );
  }
  return (
    <div role="listitem">
      <button
        type="button"
        className={className}
        style={style}
        data-stage={node.name}
        data-state={node.state}
        aria-haspopup="dialog"
        onClick={() => onSelect(node.name)}
        onFocus={onFocus}
      >
        {content}
      </button>
    </div>
  );
}
