/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Link } from '@backstage/core-components';
import {
  candidateScoreText,
  SelectionCandidate,
  WorkloadDetailResponse,
} from '@internal/plugin-cartographer-common';
import { makeStyles, Typography } from '@material-ui/core';
import MatchedIcon from '@material-ui/icons/CheckCircleOutline';
import FailedIcon from '@material-ui/icons/HighlightOff';
import { useCartographerLinks } from '../../hooks/useCartographerLinks';
import { formatTerm } from '../../lib/selectorTerms';
import { DetailColumn, DetailTable } from '../DetailTable';
import { StatusLabel } from '../StatusLabel';

const useStyles = makeStyles(theme => ({
  terms: { listStyle: 'none', margin: 0, padding: 0 },
  term: { display: 'flex', alignItems: 'flex-start', gap: theme.spacing(0.5) },
  matched: { color: theme.palette.success.main, fontSize: 18 },
  failed: { color: theme.palette.error.main, fontSize: 18 },
  requirement: { fontFamily: 'monospace', whiteSpace: 'nowrap' },
}));

type Outcome = WorkloadDetailResponse['selection']['outcome'];

function Verdict({
  candidate,
  outcome,
}: {
  candidate: SelectionCandidate;
  outcome: Outcome;
}) {
  if (candidate.best && outcome === 'ambiguous') {
    return <StatusLabel state="failed" label="Tied for best" />;
  }
  if (candidate.best) return <StatusLabel state="ready" label="Selected" />;
  if (candidate.matched) {
    return <StatusLabel state="unknown" label="Matches, less specific" />;
  }
  return <StatusLabel state="unknown" label="Does not match" />;
}

function Terms({ candidate }: { candidate: SelectionCandidate }) {
  const classes = useStyles();
  if (candidate.terms.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No selector: this chain selects nothing.
      </Typography>
    );
  }
  return (
    <ul className={classes.terms}>
      {candidate.terms.map((term, i) => (
        <li key={`${term.kind}:${term.key}:${i}`} className={classes.term}>
          {term.matched ? (
            <MatchedIcon className={classes.matched} aria-hidden />
          ) : (
            <FailedIcon className={classes.failed} aria-hidden />
          )}
          <Typography variant="body2" component="span">
            <span className={classes.requirement}>{formatTerm(term)}</span>
            {': '}
            {term.matched ? 'matched' : 'failed'} — {term.reason}
          </Typography>
        </li>
      ))}
    </ul>
  );
}

/** Order: the selected or tied chains, then other matches, then the rest. */
function rank(c: SelectionCandidate) {
  if (c.best) return 0;
  return c.matched ? 1 : 2;
}

/**
 * "Why this supply chain": every candidate chain with how many of its terms
 * matched (or failed) and each selector term, matched or failed with the reason, exactly as
 * Cartographer decides (labels ANDed, most terms wins, ties are errors).
 */
export function SelectionExplanation({
  selection,
  cluster,
}: {
  selection: WorkloadDetailResponse['selection'];
  cluster: string;
}) {
  const links = useCartographerLinks();
  const candidates = [...selection.candidates].sort(
    (a, b) => rank(a) - rank(b),
  );
  const columns: DetailColumn<SelectionCandidate>[] = [
    {
      title: 'Supply chain',
      render: c => {
        const link = links.supplyChain?.(cluster, c.name);
        return link ? <Link to={link}>{c.name}</Link> : c.name;
      },
    },
    {
      title: 'Verdict',
      render: c => <Verdict candidate={c} outcome={selection.outcome} />,
    },
    { title: 'Terms', render: candidateScoreText },
    {
      title: 'Selector terms',
      fit: 'text',
      render: c => <Terms candidate={c} />,
    },
  ];
  return (
    <>
      <Typography variant="body2" paragraph>
        {selection.message}
      </Typography>
      {candidates.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          There are no supply chains on cluster {cluster}.
        </Typography>
      ) : (
        <DetailTable
          label="Supply chain candidates"
          columns={columns}
          rows={candidates}
          rowKey={c => c.name}
          rowData={c => ({ 'data-candidate': c.name })}
        />
      )}
    </>
  );
}
