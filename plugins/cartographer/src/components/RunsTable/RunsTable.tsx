/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { useApi } from '@backstage/frontend-plugin-api';
import {
  JsonValue,
  RunHistory,
  RunnableRun,
  RunState,
} from '@internal/plugin-cartographer-common';
import {
  Box,
  Button,
  Chip,
  IconButton,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import ExpandLessIcon from '@material-ui/icons/ExpandLess';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { cartographerApiRef, WorkloadKey } from '../../api';
import { CartographerErrorPanel } from '../CartographerErrorPanel';
import { RelativeTime } from '../RelativeTime';
import { StatusLabel } from '../StatusLabel';

const useStyles = makeStyles(theme => ({
  wrap: { overflowX: 'auto' },
  // Narrow screens scroll the table rather than squeeze it to one word per line.
  table: { minWidth: 560 },
  visuallyHidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
  },
  mono: { fontFamily: 'monospace', overflowWrap: 'anywhere' },
  values: { margin: 0, paddingLeft: 0, listStyle: 'none' },
  message: { color: theme.palette.error.main, marginTop: theme.spacing(0.5) },
  chip: { marginLeft: theme.spacing(1) },
  nowrap: { whiteSpace: 'nowrap' },
}));

const STATES: Record<
  RunState,
  { state: 'ready' | 'failed' | 'pending' | 'unknown'; label: string }
> = {
  succeeded: { state: 'ready', label: 'Succeeded' },
  failed: { state: 'failed', label: 'Failed' },
  running: { state: 'pending', label: 'Running' },
  unknown: { state: 'unknown', label: 'Unknown' },
};

function duration(seconds?: number): string {
  if (seconds === undefined) return '—';
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60
    ? `${minutes}m ${seconds % 60}s`
    : `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

function show(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function Values({
  values,
  empty,
}: {
  values: { [key: string]: JsonValue };
  empty: string;
}) {
  const classes = useStyles();
  const entries = Object.entries(values);
  if (entries.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {empty}
      </Typography>
    );
  }
  return (
    <ul className={classes.values}>
      {entries.map(([key, value]) => (
        <li key={key}>
          <Typography variant="body2" component="span">
            <span className={classes.nowrap}>{key}:</span>{' '}
            <span className={classes.mono}>{show(value)}</span>
          </Typography>
        </li>
      ))}
    </ul>
  );
}

const COLUMNS = 6;

function RunRow({ run, open }: { run: RunnableRun; open: boolean }) {
  const classes = useStyles();
  const [expanded, setExpanded] = useState(open);
  const state = STATES[run.state];
  const detailId = `run-${run.name}-details`;
  return (
    <>
      <TableRow data-run={run.name}>
        <TableCell>
          <span className={classes.mono}>{run.name}</span>
          {run.current && (
            <Chip
              size="small"
              label="outputs in use"
              className={classes.chip}
              title="The chain uses the outputs of this run (the newest that succeeded)"
            />
          )}
        </TableCell>
        <TableCell>
          <span className={classes.nowrap}>
            <StatusLabel state={state.state} label={state.label} />
          </span>
          {run.state === 'failed' && (run.message || run.reason) && (
            <Typography variant="body2" className={classes.message}>
              {run.message ?? run.reason}
            </Typography>
          )}
        </TableCell>
        <TableCell>
          {run.revision ? (
            <span className={classes.mono}>{run.revision}</span>
          ) : (
            '—'
          )}
        </TableCell>
        <TableCell className={classes.nowrap}>
          <RelativeTime time={run.startedAt} />
        </TableCell>
        <TableCell className={classes.nowrap}>
          {duration(run.durationSeconds)}
        </TableCell>
        <TableCell padding="checkbox">
          <IconButton
            size="small"
            aria-expanded={expanded}
            aria-controls={detailId}
            aria-label={`${expanded ? 'Hide' : 'Show'} inputs and outputs of ${run.name}`}
            onClick={() => setExpanded(e => !e)}
          >
            {expanded ? <ExpandLessIcon /> : <ExpandMoreIcon />}
          </IconButton>
        </TableCell>
      </TableRow>
      {expanded && (
        <TableRow id={detailId}>
          <TableCell colSpan={COLUMNS}>
            <Box display="flex" flexWrap="wrap" gridGap={24}>
              <Box flex="1 1 260px">
                <Typography variant="subtitle2" component="h4">
                  Inputs
                </Typography>
                <Typography variant="caption" color="textSecondary">
                  {run.inputsSource === 'runnable'
                    ? "The Runnable's spec.inputs (this run was stamped from them)"
                    : 'Read back from the run object'}
                </Typography>
                <Values values={run.inputs} empty="none recorded" />
              </Box>
              <Box flex="1 1 260px">
                <Typography variant="subtitle2" component="h4">
                  Outputs
                </Typography>
                <Values values={run.outputs} empty="none" />
              </Box>
            </Box>
          </TableCell>
        </TableRow>
      )}
    </>
  );
}

/** Props of {@link RunsTable}. */
export interface RunsTableProps {
  /** The first page of runs, as the backend returned it. */
  history: RunHistory;
  /** The Runnable, to fetch older pages; without it only the first page shows. */
  runnable?: WorkloadKey;
}

/**
 * The runs of a Runnable, newest first: state (with the message of a failed
 * run), the revision it tested, start and duration; inputs and outputs unfold
 * per run (the newest open). The run whose outputs are in use is marked.
 * Older runs load a page at a time.
 */
export function RunsTable({ history, runnable }: RunsTableProps) {
  const classes = useStyles();
  const api = useApi(cartographerApiRef);
  const [older, setOlder] = useState<RunnableRun[]>([]);
  const [nextOffset, setNextOffset] = useState(history.nextOffset);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error>();
  const runs = [
    ...history.items,
    ...older.filter(o => !history.items.some(r => r.name === o.name)),
  ];

  const loadOlder = async () => {
    if (!runnable || nextOffset === undefined) return;
    setLoading(true);
    setError(undefined);
    try {
      const page = await api.getRunnableRuns(runnable, nextOffset);
      setOlder(current => [...current, ...page.items]);
      setNextOffset(page.nextOffset);
    } catch (e) {
      setError(e as Error);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Box display="flex" flexDirection="column" gridGap={8}>
      {history.warnings.map(w => (
        <Alert severity="warning" key={w}>
          {w}
        </Alert>
      ))}
      {history.diagnosis && <Alert severity="error">{history.diagnosis}</Alert>}
      {runs.length === 0 ? (
        history.warnings.length === 0 && (
          <Typography variant="body2" color="textSecondary">
            The Runnable has not created any run yet.
          </Typography>
        )
      ) : (
        <div className={classes.wrap}>
          <Table
            size="small"
            aria-label="Runs of the Runnable, newest first"
            className={classes.table}
          >
            <TableHead>
              <TableRow>
                <TableCell>Run</TableCell>
                <TableCell>State</TableCell>
                <TableCell>Revision</TableCell>
                <TableCell>Started</TableCell>
                <TableCell>Duration</TableCell>
                <TableCell padding="checkbox">
                  <span className={classes.visuallyHidden}>Details</span>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {runs.map((run, index) => (
                <RunRow key={run.name} run={run} open={index === 0} />
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <Typography variant="caption" color="textSecondary">
        {runs.length} of {history.total} run{history.total === 1 ? '' : 's'}
        {history.runKind
          ? ` (${history.runKind.kind}, ${history.runKind.apiVersion})`
          : ''}
      </Typography>
      {error && <CartographerErrorPanel error={error} />}
      {runnable && nextOffset !== undefined && (
        <Box>
          <Button
            variant="outlined"
            size="small"
            onClick={loadOlder}
            disabled={loading}
          >
            {loading ? 'Loading older runs…' : 'Show older runs'}
          </Button>
        </Box>
      )}
    </Box>
  );
}
