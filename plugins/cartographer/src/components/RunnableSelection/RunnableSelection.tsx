/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { RunnableSelection as Selection } from '@internal/plugin-cartographer-common';
import {
  Box,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { StatusLabel } from '../StatusLabel';

const useStyles = makeStyles(theme => ({
  mono: { fontFamily: 'monospace', overflowWrap: 'anywhere' },
  wrap: { overflowX: 'auto' },
  // Narrow screens scroll the tables rather than squeeze them.
  table: { minWidth: 560 },
  heading: { marginTop: theme.spacing(1) },
  verdict: { whiteSpace: 'nowrap' },
}));

function CandidateVerdict(props: { matches: boolean; selected: boolean }) {
  if (!props.matches)
    return <StatusLabel state="unknown" label="Does not match" />;
  if (props.selected) return <StatusLabel state="ready" label="Selected" />;
  return <StatusLabel state="failed" label="Matches (one of several)" />;
}

/**
 * How Cartographer resolved a Runnable: the ClusterRunTemplate its
 * `spec.runTemplateRef` names (listed against the others), and the one
 * object its `spec.selector` picks by kind and every matching label.
 */
export function RunnableSelection({ selection }: { selection: Selection }) {
  const classes = useStyles();
  const selector = selection.selector;
  return (
    <Box display="flex" flexDirection="column" gridGap={8}>
      <Alert
        severity={selection.template.outcome === 'found' ? 'success' : 'error'}
      >
        {selection.template.message}
      </Alert>
      <Typography
        variant="subtitle2"
        component="h3"
        className={classes.heading}
      >
        Run templates
      </Typography>
      <div className={classes.wrap}>
        <Table
          size="small"
          className={classes.table}
          aria-label="ClusterRunTemplates and which one the Runnable uses"
        >
          <TableHead>
            <TableRow>
              <TableCell>ClusterRunTemplate</TableCell>
              <TableCell>Verdict</TableCell>
              <TableCell>Why</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {selection.templates.map(t => (
              <TableRow key={t.name}>
                <TableCell className={classes.mono}>{t.name}</TableCell>
                <TableCell className={classes.verdict}>
                  <StatusLabel
                    state={t.chosen ? 'ready' : 'unknown'}
                    label={t.chosen ? 'Chosen' : 'Not used'}
                  />
                </TableCell>
                <TableCell>{t.why}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Typography
        variant="subtitle2"
        component="h3"
        className={classes.heading}
      >
        Selected object
      </Typography>
      {!selector ? (
        <Typography variant="body2" color="textSecondary">
          No spec.selector: the run template has no $(selected)$ object.
        </Typography>
      ) : (
        <>
          <Typography variant="body2">
            {selector.resource.kind} ({selector.resource.apiVersion}) with{' '}
            <span className={classes.mono}>
              {Object.entries(selector.matchingLabels)
                .map(([k, v]) => `${k}=${v}`)
                .join(', ') || 'no labels'}
            </span>
          </Typography>
          <Alert
            severity={selector.outcome === 'selected' ? 'success' : 'error'}
          >
            {selector.message}
          </Alert>
          {selector.candidates.length > 0 && (
            <div className={classes.wrap}>
              <Table
                size="small"
                className={classes.table}
                aria-label={`${selector.resource.kind} objects the selector considered`}
              >
                <TableHead>
                  <TableRow>
                    <TableCell>Object</TableCell>
                    <TableCell>Verdict</TableCell>
                    <TableCell>Missing labels</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {selector.candidates.map(c => (
                    <TableRow key={`${c.namespace}/${c.name}`}>
                      <TableCell className={classes.mono}>{c.name}</TableCell>
                      <TableCell className={classes.verdict}>
                        <CandidateVerdict
                          matches={c.matches}
                          selected={selector.outcome === 'selected'}
                        />
                      </TableCell>
                      <TableCell className={classes.mono}>
                        {c.missingLabels.join(', ') || '—'}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </>
      )}
    </Box>
  );
}
