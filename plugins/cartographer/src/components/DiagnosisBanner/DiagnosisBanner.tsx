/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Diagnosis } from '@internal/plugin-cartographer-common';
import { makeStyles, Typography } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';

const useStyles = makeStyles(theme => ({
  raw: {
    marginTop: theme.spacing(1),
    '& summary': { cursor: 'pointer' },
    '& pre': {
      whiteSpace: 'pre-wrap',
      wordBreak: 'break-word',
      margin: theme.spacing(1, 0, 0),
    },
  },
}));

const SEVERITY = {
  ready: 'success',
  failed: 'error',
  pending: 'info',
  unknown: 'warning',
} as const;

/** The banner's headline: where the workload is stuck, in a few words. */
export function diagnosisTitle(
  diagnosis: Diagnosis,
  blueprint = 'supply chain',
) {
  if (diagnosis.stage) return `Blocked at stage ${diagnosis.stage}`;
  switch (diagnosis.category) {
    case 'selection':
      if (diagnosis.reason?.endsWith('LabelsMissing'))
        return 'The workload has no labels';
      if (diagnosis.reason?.startsWith('Multiple'))
        return `Several ${blueprint}s match`;
      return `No ${blueprint} selects this workload`;
    case 'chainNotReady':
      return `The ${blueprint} is not ready`;
    case 'stale':
      return 'Waiting for Cartographer';
    case 'unknown':
      return diagnosis.state === 'unknown' ? 'No status yet' : 'Not ready';
    default:
      return 'Not ready';
  }
}

/**
 * Shown when a workload or deliverable is not Ready: the first blocking
 * stage and a sentence on what to do, with Cartographer's raw message one
 * click away (never dropped: reasons alone mislead).
 */
export function DiagnosisBanner({
  diagnosis,
  blueprint,
}: {
  diagnosis: Diagnosis;
  /** "supply chain" or "delivery". */
  blueprint?: string;
}) {
  const classes = useStyles();
  // A Ready owner whose status lags its spec still says so, quietly.
  const staleReady =
    diagnosis.state === 'ready' && diagnosis.category === 'stale';
  if (diagnosis.state === 'ready' && !staleReady) return null;
  const severity = staleReady ? 'info' : SEVERITY[diagnosis.state];
  return (
    <Alert severity={severity} role="alert">
      <AlertTitle>{diagnosisTitle(diagnosis, blueprint)}</AlertTitle>
      <Typography variant="body2">{diagnosis.summary}</Typography>
      {diagnosis.staleStatus && (
        <Typography variant="body2">
          The status may describe an older version of the workload or its
          previous supply chain: Cartographer keeps the last realized stages
          when selection fails or before it catches up.
        </Typography>
      )}
      {(diagnosis.message || diagnosis.reason) && (
        <details className={classes.raw}>
          <summary>
            Message from Cartographer
            {diagnosis.reason ? ` (${diagnosis.reason})` : ''}
          </summary>
          <pre>{diagnosis.message || diagnosis.reason}</pre>
        </details>
      )}
    </Alert>
  );
}
