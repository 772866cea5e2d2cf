/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Link } from '@backstage/core-components';
import { WorkloadSummary } from '@internal/plugin-cartographer-common';
import { Box, Chip, makeStyles, Typography } from '@material-ui/core';
import { useCartographerLinks } from '../../hooks/useCartographerLinks';
import { RelativeTime } from '../RelativeTime';
import { SourceLink } from '../SourceLink';
import { StatusLabel } from '../StatusLabel';

const useStyles = makeStyles(theme => ({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1, 2),
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: theme.spacing(0.5, 2),
    margin: theme.spacing(1, 0, 0),
    '& dt': { color: theme.palette.text.secondary },
    '& dd': { margin: 0, wordBreak: 'break-word' },
  },
}));

/**
 * Who the workload is and where it stands: name, cluster and namespace
 * (the key), supply chain, overall state with its reason, source, age and
 * last change.
 */
export function WorkloadHeader({
  workload,
  headingLevel = 'h3',
}: {
  workload: WorkloadSummary;
  headingLevel?: 'h2' | 'h3';
}) {
  const classes = useStyles();
  const links = useCartographerLinks();
  const chainLink =
    workload.supplyChain &&
    links.supplyChain?.(workload.cluster, workload.supplyChain);
  return (
    <Box>
      <div className={classes.row}>
        <Typography variant="h5" component={headingLevel}>
          {workload.name}
        </Typography>
        <StatusLabel state={workload.state} reason={workload.reason} />
        {workload.stale && (
          <Chip
            size="small"
            variant="outlined"
            label="stale: cluster unreachable"
          />
        )}
      </div>
      <dl className={classes.facts}>
        <dt>Cluster</dt>
        <dd>{workload.cluster}</dd>
        <dt>Namespace</dt>
        <dd>{workload.namespace}</dd>
        <dt>Supply chain</dt>
        <dd>
          {!workload.supplyChain && 'none selected'}
          {workload.supplyChain &&
            (chainLink ? (
              <Link to={chainLink}>{workload.supplyChain}</Link>
            ) : (
              workload.supplyChain
            ))}
        </dd>
        {workload.workloadType && (
          <>
            <dt>Type</dt>
            <dd>{workload.workloadType}</dd>
          </>
        )}
        <dt>Source</dt>
        <dd>
          <SourceLink source={workload.source} />
        </dd>
        <dt>Age</dt>
        <dd>
          <RelativeTime time={workload.createdAt} prefix="created" />
          {workload.lastChangedAt && (
            <>
              {' · '}
              <RelativeTime
                time={workload.lastChangedAt}
                prefix="last change"
              />
            </>
          )}
        </dd>
      </dl>
    </Box>
  );
}
