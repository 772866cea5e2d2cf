/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { InfoCard, Progress } from '@backstage/core-components';
import { WorkloadSummary } from '@internal/plugin-cartographer-common';
import { Box, Grid, Typography } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { WorkloadKey } from '../../api';
import { useWorkload } from '../../hooks/useWorkload';
import { CartographerErrorPanel } from '../CartographerErrorPanel';
import { CommitsCard, DeliveryMetricsCard } from '../CommitHistory';
import { DeliverableCard } from '../DeliverableCard';
import { DiagnosisBanner } from '../DiagnosisBanner';
import { RefreshNotice } from '../RefreshNotice';
import { SelectionExplanation } from '../SelectionExplanation';
import { ConditionsTable } from '../StageDrawer/ConditionsTable';
import { StageDrawer } from '../StageDrawer';
import { SupplyChainGraph } from '../SupplyChainGraph';
import { WorkloadHeader } from '../WorkloadHeader';
import { WorkloadSpecSummary } from './WorkloadSpecSummary';

/** Props of {@link WorkloadDetails}. */
export interface WorkloadDetailsProps {
  workload: WorkloadKey;
  /** The list row, shown as the header while the details load. */
  summary?: WorkloadSummary;
  headingLevel?: 'h2' | 'h3';
}

/**
 * Everything about one workload, the same on the entity tab and the
 * standalone page: header, diagnosis, the supply chain graph with its
 * stage drawer, why this chain, the deliverable, conditions and spec.
 * Updates in place when the workload changes.
 */
export function WorkloadDetails({
  workload,
  summary,
  headingLevel,
}: WorkloadDetailsProps) {
  const detail = useWorkload(workload);
  const [stage, setStage] = useState<string | undefined>(undefined);
  const value = detail.value;
  const header = value?.workload ?? summary;
  const node = value?.graph?.nodes.find(n => n.name === stage);
  const chain = header?.supplyChain;

  return (
    <Grid
      container
      spacing={2}
      data-workload={`${workload.cluster}/${workload.namespace}/${workload.name}`}
    >
      <Grid item xs={12}>
        <InfoCard>
          <Box display="flex" flexDirection="column" style={{ gap: 12 }}>
            {header && (
              <WorkloadHeader workload={header} headingLevel={headingLevel} />
            )}
            <RefreshNotice
              error={detail.refreshError}
              updatedAt={detail.updatedAt}
              onRetry={detail.retry}
            />
            {header?.stale && (
              <Alert severity="warning">
                Cluster {workload.cluster} is unreachable: this is the last
                known state of the workload, which may have changed since.
              </Alert>
            )}
            {value && <DiagnosisBanner diagnosis={value.diagnosis} />}
          </Box>
        </InfoCard>
      </Grid>
      {detail.loading && (
        <Grid item xs={12}>
          <Progress />
        </Grid>
      )}
      {detail.error && (
        <Grid item xs={12}>
          <CartographerErrorPanel
            error={detail.error}
            subject={`workload ${workload.namespace}/${workload.name}`}
            onRetry={detail.retry}
          />
        </Grid>
      )}
      {value && (
        <>
          <Grid item xs={12}>
            <InfoCard
              title={chain ? `Supply chain ${chain}` : 'Supply chain'}
              subheader={`Build on cluster ${workload.cluster}`}
            >
              {value.graph ? (
                <SupplyChainGraph
                  graph={value.graph}
                  label={`Supply chain ${chain ?? ''} of ${workload.name}`}
                  onSelectStage={setStage}
                  selectedStage={stage}
                  blockingStage={value.diagnosis.stage}
                />
              ) : (
                <Typography variant="body2">
                  No supply chain has selected this workload, so there are no
                  stages to show. The table below explains why.
                </Typography>
              )}
            </InfoCard>
          </Grid>
          {/* The path reads on: build stages, then each run cluster's delivery. */}
          {/* Older backends send only `deliverable`. */}
          {(
            value.deliverables ?? (value.deliverable ? [value.deliverable] : [])
          ).map(deliverable => (
            <Grid
              item
              xs={12}
              key={`${deliverable.cluster}/${deliverable.namespace}/${deliverable.name}`}
            >
              <InfoCard
                title={`Delivery on cluster ${deliverable.cluster}`}
                subheader={
                  deliverable.cluster === workload.cluster
                    ? 'On the cluster that builds it'
                    : `Handed over from cluster ${workload.cluster}`
                }
              >
                <DeliverableCard deliverable={deliverable} />
              </InfoCard>
            </Grid>
          ))}
          <Grid item xs={12}>
            <CommitsCard workload={workload} />
          </Grid>
          <Grid item xs={12}>
            <DeliveryMetricsCard workload={workload} />
          </Grid>
          {value.deliverablesHidden && (
            <Grid item xs={12}>
              {/* Which cluster is hidden is deliberately not said. */}
              <Alert severity="info">
                Some of this workload's deliveries are on clusters you may not
                see, so they are not shown.
              </Alert>
            </Grid>
          )}
          <Grid item xs={12}>
            <InfoCard
              title={chain ? 'Why this supply chain' : 'Why no supply chain'}
            >
              <SelectionExplanation
                selection={value.selection}
                cluster={workload.cluster}
              />
            </InfoCard>
          </Grid>
          <Grid item xs={12} lg={7}>
            <InfoCard title="Workload conditions">
              <ConditionsTable
                conditions={value.conditions}
                caption={`Conditions of workload ${workload.name}`}
              />
            </InfoCard>
          </Grid>
          <Grid item xs={12} lg={5}>
            <InfoCard title="Spec">
              <WorkloadSpecSummary spec={value.spec} />
            </InfoCard>
          </Grid>
        </>
      )}
      <StageDrawer
        node={node}
        workload={workload}
        onClose={() => setStage(undefined)}
      />
    </Grid>
  );
}
