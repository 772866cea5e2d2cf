/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { stringifyEntityRef } from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { WorkloadSummary } from '@internal/plugin-cartographer-common';
import { Box, Chip, Divider, Typography } from '@material-ui/core';
import { Fragment } from 'react';
import { useEntityWorkloads } from '../../hooks/useEntityWorkloads';
import { STATE_LABELS } from '../../lib/stageStatus';
import { CartographerErrorPanel } from '../CartographerErrorPanel';
import { ClusterNotices } from '../ClusterNotices';
import { NoWorkloadsEmptyState } from '../NoWorkloadsEmptyState';
import { RefreshNotice } from '../RefreshNotice';
import { WorkloadDetails } from '../WorkloadDetails';

const workloadId = (w: WorkloadSummary) =>
  `${w.cluster}/${w.namespace}/${w.name}`;
const anchorOf = (w: WorkloadSummary) =>
  `workload-${workloadId(w).replace(/[^a-zA-Z0-9-]/g, '-')}`;

/** With several workloads, one chip per workload to jump to it. */
function WorkloadIndex({ workloads }: { workloads: WorkloadSummary[] }) {
  return (
    <Box component="nav" aria-label="Workloads of this entity">
      <Typography variant="body2" gutterBottom>
        {workloads.length} workloads, on{' '}
        {new Set(workloads.map(w => w.cluster)).size} cluster(s):
      </Typography>
      <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
        {workloads.map(w => (
          <Chip
            key={workloadId(w)}
            component="a"
            href={`#${anchorOf(w)}`}
            clickable
            variant="outlined"
            label={`${w.name} · ${w.cluster}/${w.namespace} · ${STATE_LABELS[w.state]}`}
          />
        ))}
      </Box>
    </Box>
  );
}

/**
 * The Supply Chain tab: every workload of the entity, keyed by cluster,
 * namespace and name, each with its full view; clusters that are stale or
 * unreachable are named in place while the others show as usual.
 * @public
 */
export function EntitySupplyChainContent() {
  const { entity } = useEntity();
  const { value, loading, error, refreshError, updatedAt, retry } =
    useEntityWorkloads(stringifyEntityRef(entity));

  if (loading) return <Progress />;
  if (error) {
    return (
      <CartographerErrorPanel
        error={error}
        subject="this entity's workloads"
        onRetry={retry}
      />
    );
  }
  const items = value?.items ?? [];
  const clusters = value?.clusters ?? [];
  const allNotInstalled =
    clusters.length > 0 && clusters.every(c => c.state === 'notInstalled');
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <RefreshNotice
        error={refreshError}
        updatedAt={updatedAt}
        onRetry={retry}
      />
      {!allNotInstalled && (
        <ClusterNotices clusters={clusters} hideNotInstalled />
      )}
      {items.length === 0 && (
        <NoWorkloadsEmptyState entity={entity} clusters={clusters} />
      )}
      {items.length > 1 && <WorkloadIndex workloads={items} />}
      {items.map((workload, i) => (
        <Fragment key={workloadId(workload)}>
          {i > 0 && <Divider />}
          <section
            id={anchorOf(workload)}
            aria-label={`Workload ${workload.name} on ${workload.cluster}`}
          >
            <WorkloadDetails workload={workload} summary={workload} />
          </section>
        </Fragment>
      ))}
    </Box>
  );
}
