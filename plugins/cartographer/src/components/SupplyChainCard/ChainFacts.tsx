/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  BlueprintParamInfo,
  RequiredLabels,
  SelectorTerm,
  WorkloadStateCounts,
} from '@internal/plugin-cartographer-common';
import { makeStyles, Typography } from '@material-ui/core';
import { formatTerm } from '../../lib/selectorTerms';
import { DetailColumn, DetailTable } from '../DetailTable';
import { StatusLabel } from '../StatusLabel';

const useStyles = makeStyles(theme => ({
  list: { margin: 0, paddingLeft: theme.spacing(2.5) },
  code: { fontFamily: 'monospace', wordBreak: 'break-all' },
  counts: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(2) },
}));

/** A chain's selector as readable terms, all of which must hold. */
export function SelectorTermsList({ terms }: { terms: SelectorTerm[] }) {
  const classes = useStyles();
  if (terms.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No selector: this chain selects no workload.
      </Typography>
    );
  }
  return (
    <ul className={classes.list} aria-label="Selector terms (all must match)">
      {terms.map((t, i) => (
        <li key={`${t.kind}:${t.key}:${i}`}>
          <Typography variant="body2" component="span">
            {t.kind === 'field' ? '' : 'label '}
            <span className={classes.code}>{formatTerm(t)}</span>
          </Typography>
        </li>
      ))}
    </ul>
  );
}

/** What a new workload (or, for a delivery, Deliverable) must carry to land on it. */
export function RequiredLabelsText({
  required,
  owners = 'Workloads',
}: {
  required: RequiredLabels;
  owners?: 'Workloads' | 'Deliverables';
}) {
  const classes = useStyles();
  const parts = [
    ...Object.entries(required.labels).map(([k, v]) => `${k}=${v}`),
    ...Object.entries(required.choices).map(
      ([k, v]) => `${k}=one of ${v.join('|')}`,
    ),
    ...required.present.map(k => `${k} (any value)`),
    ...required.absent.map(k => `no ${k}`),
  ];
  return (
    <Typography variant="body2">
      {parts.length ? (
        <>
          {owners} need:{' '}
          <span className={classes.code}>{parts.join(', ')}</span>
        </>
      ) : (
        'No labels required.'
      )}
      {required.fields.length > 0 &&
        ` Fields: ${required.fields.map(f => formatTerm({ ...f, kind: 'field' })).join(', ')}.`}
    </Typography>
  );
}

function display(value: unknown) {
  if (value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const PARAM_COLUMNS: DetailColumn<BlueprintParamInfo>[] = [
  { title: 'Param', mono: true, render: p => p.name },
  {
    title: 'Workloads may set it',
    render: p =>
      p.protected ? (
        <StatusLabel
          state="unknown"
          label={`No: protected by the ${p.source}`}
        />
      ) : (
        <StatusLabel state="ready" label="Yes" />
      ),
  },
  {
    title: 'Default or fixed value',
    fit: 'truncate',
    mono: true,
    render: p => display(p.default),
    tooltip: p => display(p.default),
  },
  {
    title: 'Used by',
    fit: 'text',
    render: p => p.resources.join(', ') || 'all stages',
  },
];

/** Params: which a developer may set, which the operator fixed, and the defaults. */
export function ParamsTable({
  params,
  name,
}: {
  params: BlueprintParamInfo[];
  name: string;
}) {
  return (
    <DetailTable
      empty="No params."
      label={`Params of ${name}`}
      columns={PARAM_COLUMNS}
      rows={params}
      rowKey={p => p.name}
    />
  );
}

/** How many selected workloads are in each state, never colour alone. */
export function StateCounts({ counts }: { counts: WorkloadStateCounts }) {
  const classes = useStyles();
  const total = counts.ready + counts.failed + counts.pending + counts.unknown;
  if (total === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        Selects no workload.
      </Typography>
    );
  }
  return (
    <div className={classes.counts} aria-label="Workloads by state">
      <StatusLabel state="ready" label={`${counts.ready} Ready`} />
      <StatusLabel state="failed" label={`${counts.failed} Failed`} />
      <StatusLabel state="pending" label={`${counts.pending} In progress`} />
      {counts.unknown > 0 && (
        <StatusLabel state="unknown" label={`${counts.unknown} Unknown`} />
      )}
    </div>
  );
}
