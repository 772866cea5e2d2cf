/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Box, IconButton, makeStyles, Typography } from '@material-ui/core';
import ResetIcon from '@material-ui/icons/CenterFocusStrong';
import WrapIcon from '@material-ui/icons/WrapText';
import ZoomInIcon from '@material-ui/icons/ZoomIn';
import ZoomOutIcon from '@material-ui/icons/ZoomOut';
import FitIcon from '@material-ui/icons/ZoomOutMap';
import { MAX_SCALE, MIN_SCALE } from './usePanZoom';

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
  },
  pressed: { color: theme.palette.primary.main },
}));

/** Props of {@link GraphControls}. */
export interface GraphControlsProps {
  /** Names the graph the buttons act on, for screen readers. */
  graphLabel: string;
  scale: number;
  wrap: boolean;
  /** Whether wrapping changes anything (the chain is wider than the view). */
  canWrap: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  onReset: () => void;
  onToggleWrap: () => void;
}

/**
 * Zoom in/out, fit, 100% and wrap buttons, each labelled. Native titles
 * rather than MUI tooltips: the buttons already carry accessible names.
 */
export function GraphControls(props: GraphControlsProps) {
  const classes = useStyles();
  const { graphLabel, scale, wrap, canWrap } = props;
  return (
    <Box
      className={classes.bar}
      role="toolbar"
      aria-label={`${graphLabel} view controls`}
    >
      <IconButton
        size="small"
        title="Zoom in (+)"
        aria-label="Zoom in"
        onClick={props.onZoomIn}
        disabled={scale >= MAX_SCALE}
      >
        <ZoomInIcon />
      </IconButton>
      <IconButton
        size="small"
        title="Zoom out (−)"
        aria-label="Zoom out"
        onClick={props.onZoomOut}
        disabled={scale <= MIN_SCALE}
      >
        <ZoomOutIcon />
      </IconButton>
      <IconButton
        size="small"
        title="Fit to view (0)"
        aria-label="Fit to view"
        onClick={props.onFit}
      >
        <FitIcon />
      </IconButton>
      <IconButton
        size="small"
        title="Actual size"
        aria-label="Reset to 100%"
        onClick={props.onReset}
      >
        <ResetIcon />
      </IconButton>
      {canWrap && (
        <IconButton
          size="small"
          title={wrap ? 'Show in one row' : 'Wrap into rows'}
          aria-label="Wrap long chains into rows"
          aria-pressed={wrap}
          className={wrap ? classes.pressed : undefined}
          onClick={props.onToggleWrap}
        >
          <WrapIcon />
        </IconButton>
      )}
      <Typography
        variant="caption"
        color="textSecondary"
        data-testid="graph-zoom"
      >
        {Math.round(scale * 100)}%
      </Typography>
      <Typography variant="caption" color="textSecondary">
        · Drag to pan · Ctrl/⌘ + scroll or +/− to zoom · Shift + scroll to pan
        sideways
      </Typography>
    </Box>
  );
}
