/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { StampedRevision } from '@internal/plugin-cartographer-common';
import { Box, makeStyles, Typography } from '@material-ui/core';
import { RelativeTime } from '../RelativeTime';
import { StatusLabel } from '../StatusLabel';
import { conditionState } from './ConditionsTable';

const useStyles = makeStyles(theme => ({
  // A list, not a table: it has to read as well in a phone-wide drawer.
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    padding: theme.spacing(1, 1.5),
    borderBottom: `1px solid ${theme.palette.divider}`,
    borderLeft: `4px solid transparent`,
  },
  // An accent, not a tinted background: secondary text must keep its contrast.
  current: { borderLeftColor: theme.palette.primary.main },
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: theme.spacing(2),
  },
  name: { fontFamily: 'monospace', overflowWrap: 'anywhere' },
  message: { whiteSpace: 'pre-wrap', wordBreak: 'break-word' },
}));

const HEALTH_LABELS = {
  True: 'Healthy',
  False: 'Unhealthy',
  Unknown: 'Unknown',
};

function role(revision: StampedRevision) {
  return (
    [
      revision.current && 'latest: the stage shows it and reads its health',
      revision.outputsFrom && 'outputs are read from it',
    ]
      .filter(Boolean)
      .join('; ') || 'earlier'
  );
}

/**
 * The objects an immutable or tekton-lifecycle template stamped for a
 * stage, newest first: Cartographer keeps one per input. The latest is the
 * stage's (its health is the stage's); outputs come from the newest healthy one.
 */
export function StampedHistory({
  history,
  kind,
}: {
  history: StampedRevision[];
  kind?: string;
}) {
  const classes = useStyles();
  if (history.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No {kind ?? 'object'} stamped for this stage yet.
      </Typography>
    );
  }
  return (
    <ul
      className={classes.list}
      aria-label={`${kind ?? 'Objects'} stamped for this stage, newest first`}
    >
      {history.map(revision => (
        <li
          key={revision.name}
          className={`${classes.item} ${revision.current ? classes.current : ''}`}
          data-current={revision.current || undefined}
        >
          <div className={classes.heading}>
            <StatusLabel
              state={conditionState(revision.health)}
              label={HEALTH_LABELS[revision.health.status]}
            />
            <Typography
              variant="body2"
              component="span"
              className={classes.name}
              data-object-name
            >
              {revision.name}
            </Typography>
            <Typography variant="caption" color="textSecondary">
              <RelativeTime time={revision.createdAt} prefix="created" />
            </Typography>
          </div>
          <Typography variant="caption" color="textSecondary" component="div">
            {role(revision)}
          </Typography>
          {(revision.health.message || revision.health.reason) && (
            <Box mt={0.5}>
              <Typography variant="body2" className={classes.message}>
                {revision.health.message || revision.health.reason}
              </Typography>
            </Box>
          )}
        </li>
      ))}
    </ul>
  );
}
