/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { RunnableSelection as Selection } from '@internal/plugin-cartographer-common';
import { Box, makeStyles, Typography } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { DetailColumn, DetailTable } from '../DetailTable';
import { StatusLabel } from '../StatusLabel';

const useStyles = makeStyles(theme => ({
  mono: { fontFamily: 'monospace', overflowWrap: 'anywhere' },
  heading: { marginTop: theme.spacing(1) },
}));

type Template = Selection['templates'][number];
type Candidate = NonNullable<Selection['selector']>['candidates'][number];

const TEMPLATE_COLUMNS: DetailColumn<Template>[] = [
  { title: 'ClusterRunTemplate', mono: true, render: t => t.name },
  {
    title: 'Verdict',
    render: t => (
      <StatusLabel
        state={t.chosen ? 'ready' : 'unknown'}
        label={t.chosen ? 'Chosen' : 'Not used'}
      />
    ),
  },
  { title: 'Why', fit: 'text', render: t => t.why },
];

function candidateColumns(selected: boolean): DetailColumn<Candidate>[] {
  return [
    { title: 'Object', mono: true, render: c => c.name },
    {
      title: 'Verdict',
      render: c => <CandidateVerdict matches={c.matches} selected={selected} />,
    },
    {
      title: 'Missing labels',
      fit: 'text',
      mono: true,
      render: c => c.missingLabels.join(', ') || '—',
    },
  ];
}

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
      <DetailTable
        label="ClusterRunTemplates and which one the Runnable uses"
        columns={TEMPLATE_COLUMNS}
        rows={selection.templates}
        rowKey={t => t.name}
      />
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
            <DetailTable
              label={`${selector.resource.kind} objects the selector considered`}
              columns={candidateColumns(selector.outcome === 'selected')}
              rows={selector.candidates}
              rowKey={c => `${c.namespace}/${c.name}`}
            />
          )}
        </>
      )}
    </Box>
  );
}
