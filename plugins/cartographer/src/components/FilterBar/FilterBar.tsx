/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { makeStyles, Paper } from '@material-ui/core';
import { ReactNode } from 'react';

const useStyles = makeStyles(theme => ({
  // On paper, not the page background: MUI's grey labels only reach a 4.5:1
  // contrast on white.
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    alignItems: 'flex-end',
    padding: theme.spacing(2),
  },
}));

/** A search landmark holding a page's filter fields in one wrapping row. */
export function FilterBar({
  label,
  children,
}: {
  label: string;
  children: ReactNode;
}) {
  const classes = useStyles();
  return (
    <Paper className={classes.bar} role="search" aria-label={label}>
      {children}
    </Paper>
  );
}
