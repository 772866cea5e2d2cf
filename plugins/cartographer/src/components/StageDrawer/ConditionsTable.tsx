/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { GraphCondition } from '@internal/plugin-cartographer-common';
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

const useStyles = makeStyles({
  message: { whiteSpace: 'pre-wrap', wordBreak: 'break-word' },
});

/** A condition status as a stage state: True ready, False failed, else pending. */
export function conditionState(condition: Pick<GraphCondition, 'status'>) {
  if (condition.status === 'True') return 'ready';
  if (condition.status === 'False') return 'failed';
  return 'pending';
}

/**
 * Conditions with their reasons AND messages: a reason alone misleads
 * (Cartographer reports option-matching errors as "UnknownError").
 */
export function ConditionsTable({
  conditions,
  caption,
}: {
  conditions: GraphCondition[];
  caption: string;
}) {
  const classes = useStyles();
  if (conditions.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No conditions reported.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={caption}>
      <TableHead>
        <TableRow>
          <TableCell>Type</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Reason</TableCell>
          <TableCell>Message</TableCell>
          <TableCell>Changed</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {conditions.map(c => (
          <TableRow key={c.type}>
            <TableCell>{c.type}</TableCell>
            <TableCell>
              <StatusLabel state={conditionState(c)} label={c.status} />
            </TableCell>
            <TableCell>{c.reason ?? '—'}</TableCell>
            <TableCell className={classes.message}>
              {c.message || '—'}
            </TableCell>
            <TableCell>
              <RelativeTime time={c.lastTransitionTime} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
