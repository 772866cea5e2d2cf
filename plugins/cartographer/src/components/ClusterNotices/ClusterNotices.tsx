/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ClusterInfo } from '@internal/plugin-cartographer-common';
import { Box } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { relativeTime } from '../../lib/relativeTime';

function failingKinds(cluster: ClusterInfo) {
  const kinds = cluster.kinds.filter(k => k.state === 'error');
  if (kinds.length === 0) return '';
  return ` Could not read: ${kinds
    .map(k => `${k.kind}${k.lastError ? ` (${k.lastError})` : ''}`)
    .join(', ')}.`;
}

/** One sentence about a cluster that is not fully in sync. */
function ClusterNotice({ cluster }: { cluster: ClusterInfo }) {
  const since = relativeTime(cluster.lastSyncedAt);
  const error = cluster.lastError ? ` (${cluster.lastError})` : '';
  switch (cluster.state) {
    case 'stale':
      return (
        <Alert severity="warning" data-cluster={cluster.name}>
          Cluster <strong>{cluster.name}</strong> is unreachable{error}. Its
          workloads show the last known state
          {since ? `, from ${since}` : ''}.{failingKinds(cluster)}
        </Alert>
      );
    case 'error':
      return (
        <Alert severity="error" data-cluster={cluster.name}>
          Cluster <strong>{cluster.name}</strong> could not be read{error}: its
          workloads are missing here.{failingKinds(cluster)}
        </Alert>
      );
    case 'syncing':
      return (
        <Alert severity="info" data-cluster={cluster.name}>
          Cluster <strong>{cluster.name}</strong> is still loading: its
          workloads may be incomplete.
        </Alert>
      );
    case 'notInstalled':
      return (
        <Alert severity="info" data-cluster={cluster.name}>
          Cartographer is not installed on cluster{' '}
          <strong>{cluster.name}</strong> (the carto.run CRDs are missing), so
          it has no workloads.
        </Alert>
      );
    default:
      return failingKinds(cluster) ? (
        <Alert severity="warning" data-cluster={cluster.name}>
          Cluster <strong>{cluster.name}</strong>:{failingKinds(cluster)}
        </Alert>
      ) : null;
  }
}

/**
 * A notice per cluster that is stale, failing, loading or without
 * Cartographer; healthy clusters say nothing. Data from the other clusters
 * is shown as usual: one bad cluster never hides the rest.
 */
export function ClusterNotices({
  clusters,
  hideNotInstalled = false,
}: {
  clusters: ClusterInfo[];
  /** Quiet "not installed" notices where they would only add noise. */
  hideNotInstalled?: boolean;
}) {
  const shown = clusters.filter(
    c => !(hideNotInstalled && c.state === 'notInstalled'),
  );
  if (shown.length === 0) return null;
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 8 }}>
      {shown.map(cluster => (
        <ClusterNotice key={cluster.name} cluster={cluster} />
      ))}
    </Box>
  );
}
