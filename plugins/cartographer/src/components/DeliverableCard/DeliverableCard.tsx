/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { DeliverableView } from '@internal/plugin-cartographer-common';
import { Box, Typography } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { DiagnosisBanner } from '../DiagnosisBanner';
import { StageDrawer } from '../StageDrawer';
import { StatusLabel } from '../StatusLabel';
import { SupplyChainGraph } from '../SupplyChainGraph';

/**
 * One Deliverable of the workload, on the cluster that runs it, with its
 * state and its delivery's graph.
 */
export function DeliverableCard({
  deliverable,
}: {
  deliverable: DeliverableView;
}) {
  const [stage, setStage] = useState<string | undefined>(undefined);
  const node = deliverable.graph?.nodes.find(n => n.name === stage);
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 12 }}>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 16 }}
      >
        <Typography variant="body1">
          Deliverable{' '}
          <strong>
            {deliverable.namespace}/{deliverable.name}
          </strong>{' '}
          on cluster <strong>{deliverable.cluster}</strong>
          {deliverable.delivery
            ? ` · delivery ${deliverable.delivery}`
            : ' · no delivery selected'}
        </Typography>
        <StatusLabel
          state={deliverable.diagnosis.state}
          reason={deliverable.diagnosis.reason}
        />
      </Box>
      {deliverable.stale && (
        <Alert severity="warning">
          Cluster {deliverable.cluster} is unreachable: this is the last known
          state of the Deliverable, which may have changed since.
        </Alert>
      )}
      <DiagnosisBanner diagnosis={deliverable.diagnosis} blueprint="delivery" />
      {deliverable.graph && (
        <SupplyChainGraph
          graph={deliverable.graph}
          label={`Delivery ${deliverable.delivery ?? ''} of ${deliverable.name}`}
          onSelectStage={setStage}
          selectedStage={stage}
          blockingStage={deliverable.diagnosis.stage}
        />
      )}
      <StageDrawer node={node} onClose={() => setStage(undefined)} />
    </Box>
  );
}
