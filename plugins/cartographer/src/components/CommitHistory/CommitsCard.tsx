/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { InfoCard, Link, Progress } from '@backstage/core-components';
import {
  CommitTimelineRow,
  formatDuration,
} from '@internal/plugin-cartographer-common';
import { Box, makeStyles, Typography } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { WorkloadKey } from '../../api';
import { useWorkloadHistory } from '../../hooks/useWorkloadHistory';
import { CartographerErrorPanel } from '../CartographerErrorPanel';
import { DetailColumn, DetailTable } from '../DetailTable';
import { RelativeTime } from '../RelativeTime';
import { StatusLabel } from '../StatusLabel';

const useStyles = makeStyles(theme => ({
  stages: { display: 'flex', flexDirection: 'column', gap: 2 },
  pending: { color: theme.palette.text.secondary },
  mono: { fontFamily: 'monospace' },
}));

function Revision({ row }: { row: CommitTimelineRow }) {
  const classes = useStyles();
  if (!row.commit) return <span className={classes.mono}>{row.revision}</span>;
  const label = `commit ${row.commit.short}`;
  return (
    <span className={classes.mono} title={row.revision}>
      {row.commit.url ? (
        <Link to={row.commit.url} aria-label={label}>
          {row.commit.short}
        </Link>
      ) : (
        row.commit.short
      )}
    </span>
  );
}

/** Each stage on its own line: when the revision reached it and how long it took. */
function StagePath({ row }: { row: CommitTimelineRow }) {
  const classes = useStyles();
  return (
    <div className={classes.stages}>
      {row.stages.slice(1).map(stage => (
        <Typography variant="body2" key={stage.stage}>
          {stage.stage}:{' '}
          {stage.reachedAt ? (
            <>
              {formatDuration(stage.durationMs)} (
              <RelativeTime time={stage.reachedAt} />)
            </>
          ) : (
            <span className={classes.pending}>not reached</span>
          )}
        </Typography>
      ))}
    </div>
  );
}

function Outcome({ row }: { row: CommitTimelineRow }) {
  if (row.failed) {
    const where = row.failed.stage ? ` at ${row.failed.stage}` : '';
    return (
      <Box>
        <StatusLabel
          state="failed"
          label={`Failed${where}`}
          reason={row.failed.reason}
        />
        {row.failed.message && (
          <Typography variant="body2">{row.failed.message}</Typography>
        )}
      </Box>
    );
  }
  if (row.deliveredAt) return <StatusLabel state="ready" label="Delivered" />;
  if (row.publishedAt) return <StatusLabel state="ready" label="Published" />;
  return (
    <StatusLabel state="pending" label={`At ${row.position ?? 'source'}`} />
  );
}

const columns: DetailColumn<CommitTimelineRow>[] = [
  { title: 'Commit', render: row => <Revision row={row} />, fit: 'whole' },
  {
    title: 'First seen',
    render: row => <RelativeTime time={row.firstSeen} />,
    fit: 'whole',
  },
  { title: 'Per stage', render: row => <StagePath row={row} />, fit: 'whole' },
  {
    title: 'Lead time',
    render: row =>
      row.publishedAt
        ? formatDuration(
            Date.parse(row.publishedAt) - Date.parse(row.firstSeen),
          )
        : '–',
    fit: 'whole',
    align: 'right',
  },
  { title: 'Now', render: row => <Outcome row={row} />, fit: 'text' },
];

/**
 * The workload's commits, newest first: each revision's path through the
 * chain with durations, where it is now and whether it failed on the way.
 */
export function CommitsCard({ workload }: { workload: WorkloadKey }) {
  const history = useWorkloadHistory(workload);
  const value = history.value;
  return (
    <InfoCard
      title="Commits"
      subheader="Each source revision's path through the supply chain"
    >
      {history.loading && <Progress />}
      {history.error && (
        <CartographerErrorPanel
          error={history.error}
          subject={`the history of workload ${workload.namespace}/${workload.name}`}
          onRetry={history.retry}
        />
      )}
      {value?.observedLate && (
        <Box mb={1}>
          {/* A note, not an alert: nothing is wrong, and screen readers should not interrupt for it. */}
          <Alert severity="info" role="note">
            Some changes were recorded after the fact (the portal was not
            running): their times are the ones the cluster reported.
          </Alert>
        </Box>
      )}
      {value && (
        <DetailTable
          label={`Commits of workload ${workload.name}`}
          columns={columns}
          rows={value.revisions}
          rowKey={row => `${row.revision}/${row.firstSeen}`}
          rowData={row => ({ 'data-revision': row.revision })}
          empty="No revision recorded yet: the history starts with the next change the portal sees."
        />
      )}
    </InfoCard>
  );
}
