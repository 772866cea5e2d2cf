/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { StampedRevision } from '@internal/plugin-cartographer-common';
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { RelativeTime } from '../RelativeTime';
import { StatusLabel } from '../StatusLabel';
import { conditionState } from './ConditionsTable';

const useStyles = makeStyles(theme => ({
  name: { fontFamily: 'monospace', whiteSpace: 'nowrap' },
  message: { whiteSpace: 'pre-wrap', wordBreak: 'break-word' },
  nowrap: { whiteSpace: 'nowrap' },
  current: { backgroundColor: theme.palette.action.selected },
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
    <Table
      size="small"
      aria-label={`${kind ?? 'Objects'} stamped for this stage, newest first`}
    >
      <TableHead>
        <TableRow>
          <TableCell>Object</TableCell>
          <TableCell>Health</TableCell>
          <TableCell>Message</TableCell>
          <TableCell>Created</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {history.map(revision => (
          <TableRow
            key={revision.name}
            className={revision.current ? classes.current : undefined}
            data-current={revision.current || undefined}
          >
            <TableCell>
              <Typography variant="body2" className={classes.name}>
                {revision.name}
              </Typography>
              <Typography variant="caption" color="textSecondary">
                {role(revision)}
              </Typography>
            </TableCell>
            <TableCell className={classes.nowrap}>
              <StatusLabel
                state={conditionState(revision.health)}
                label={HEALTH_LABELS[revision.health.status]}
              />
            </TableCell>
            <TableCell className={classes.message}>
              {revision.health.message || revision.health.reason || '—'}
            </TableCell>
            <TableCell className={classes.nowrap}>
              <RelativeTime time={revision.createdAt} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
