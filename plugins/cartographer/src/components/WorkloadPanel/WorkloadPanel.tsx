/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
  Table,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { WorkloadSummary } from '@internal/plugin-cartographer-common';
import { Box, Typography } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { cartographerApiRef } from '../../api/CartographerApi';
import { useLiveData } from '../../hooks/useLiveData';
import { StageDrawer, StageRef } from '../StageDrawer/StageDrawer';
import { relativeTime } from '../SupplyChainGraph/relativeTime';
import { StageStatus } from '../SupplyChainGraph/StageStatus';
import { SupplyChainGraph } from '../SupplyChainGraph/SupplyChainGraph';

function verdict(candidate: { best: boolean; matched: boolean }) {
  if (candidate.best) return 'selected (best match)';
  return candidate.matched ? 'matches, but less specific' : 'does not match';
}

function SourceLine({ workload }: { workload: WorkloadSummary }) {
  const { git, image, sourceImage, subPath } = workload.source;
  if (git?.url) {
    const ref = git.commit ?? git.tag ?? git.branch;
    return (
      <Typography variant="body2">
        Source: <a href={git.url}>{git.url}</a> {ref ? `@ ${ref}` : ''}{' '}
        {subPath ? `(${subPath})` : ''}
      </Typography>
    );
  }
  return (
    <Typography variant="body2">
      Source: {image ?? sourceImage ?? 'none'}
    </Typography>
  );
}

/** One workload: header, diagnosis, graph, why this chain, stage drawer. */
export function WorkloadPanel({ workload }: { workload: WorkloadSummary }) {
  const api = useApi(cartographerApiRef);
  const { cluster, namespace, name } = workload;
  const { value, loading, error } = useLiveData(
    () => api.getWorkload(cluster, namespace, name),
    [api, cluster, namespace, name],
  );
  const [stage, setStage] = useState<StageRef | undefined>(undefined);

  const title = `${name}`;
  const subheader = `${cluster} / ${namespace}${workload.supplyChain ? ` · supply chain ${workload.supplyChain}` : ''}`;
  return (
    <InfoCard title={title} subheader={subheader}>
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && (
        <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
          <Box display="flex" alignItems="center" style={{ gap: 16 }}>
            <StageStatus state={value.diagnosis.state} />
            <Typography variant="body2">{value.workload.reason}</Typography>
            <Typography variant="body2" color="textSecondary">
              {value.workload.lastChangedAt
                ? `last change ${relativeTime(value.workload.lastChangedAt)}`
                : ''}
            </Typography>
          </Box>
          <SourceLine workload={value.workload} />
          {value.workload.stale && (
            <Alert severity="warning">
              The cluster {cluster} is not reachable right now: this is the last
              known state.
            </Alert>
          )}
          {value.diagnosis.state !== 'ready' && (
            <Alert
              severity={value.diagnosis.state === 'failed' ? 'error' : 'info'}
              role="alert"
            >
              <Typography variant="subtitle2">
                {value.diagnosis.stage
                  ? `Blocked at stage ${value.diagnosis.stage}`
                  : 'Not ready'}
              </Typography>
              <Typography variant="body2">{value.diagnosis.summary}</Typography>
              {value.diagnosis.message && (
                <details>
                  <summary>Message from Cartographer</summary>
                  <code>{value.diagnosis.message}</code>
                </details>
              )}
            </Alert>
          )}
          {value.graph ? (
            <SupplyChainGraph
              graph={value.graph}
              onSelect={s => setStage({ cluster, namespace, name, stage: s })}
            />
          ) : (
            <Typography variant="body2">
              No supply chain has been selected for this workload.
            </Typography>
          )}
          <Table
            title="Why this supply chain"
            options={{
              paging: false,
              search: false,
              sorting: false,
              padding: 'dense',
            }}
            data={value.selection.candidates.map(c => ({
              id: c.name,
              chain: c.name,
              verdict: verdict(c),
              score: c.score,
              terms: c.terms
                .map(t => `${t.matched ? '✓' : '✗'} ${t.reason}`)
                .join('; '),
            }))}
            columns={[
              { title: 'Supply chain', field: 'chain' },
              { title: 'Verdict', field: 'verdict' },
              { title: 'Score', field: 'score' },
              { title: 'Selector terms', field: 'terms' },
            ]}
          />
          {value.deliverable && (
            <Box>
              <Typography variant="h6">
                Deliverable {value.deliverable.namespace}/
                {value.deliverable.name} on {value.deliverable.cluster}
                {value.deliverable.delivery
                  ? ` · delivery ${value.deliverable.delivery}`
                  : ''}
              </Typography>
              <StageStatus state={value.deliverable.diagnosis.state} />
              {value.deliverable.graph && (
                <SupplyChainGraph graph={value.deliverable.graph} />
              )}
            </Box>
          )}
        </Box>
      )}
      <StageDrawer target={stage} onClose={() => setStage(undefined)} />
    </InfoCard>
  );
}
