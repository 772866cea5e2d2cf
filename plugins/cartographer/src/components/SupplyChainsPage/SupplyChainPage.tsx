/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  Breadcrumbs,
  EmptyState,
  Link,
  Progress,
} from '@backstage/core-components';
import { Box, Typography } from '@material-ui/core';
import { useParams } from 'react-router-dom';
import { useCartographerLinks } from '../../hooks/useCartographerLinks';
import { useCrumbStyles } from '../../lib/useCrumbStyles';
import { useSupplyChain } from '../../hooks/useSupplyChain';
import Alert from '@material-ui/lab/Alert';
import { CartographerErrorPanel } from '../CartographerErrorPanel';
import { DeliverablesTable } from '../DeliverablesTable';
import { RefreshNotice } from '../RefreshNotice';
import { SupplyChainCard } from '../SupplyChainCard';
import { WorkloadsTable } from '../WorkloadsTable';

/** One supply chain in full and the workloads it selects. */
export function SupplyChainPage() {
  const { cluster = '', name = '' } = useParams();
  const links = useCartographerLinks();
  const classes = useCrumbStyles();
  const { value, loading, error, refreshError, updatedAt, retry } =
    useSupplyChain(cluster, name);
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <Breadcrumbs aria-label="Breadcrumb">
        {links.supplyChains ? (
          <Link to={links.supplyChains()} className={classes.crumb}>
            Supply chains
          </Link>
        ) : (
          <span>Supply chains</span>
        )}
        <Typography className={classes.crumb}>
          {cluster} / {name}
        </Typography>
      </Breadcrumbs>
      {loading && <Progress />}
      {error && (
        <CartographerErrorPanel
          error={error}
          subject={`supply chain ${name}`}
          onRetry={retry}
        />
      )}
      <RefreshNotice
        error={refreshError}
        updatedAt={updatedAt}
        onRetry={retry}
      />
      {value && (
        <>
          <SupplyChainCard chain={value.supplyChain} expanded />
          {value.deliverables && (
            <DeliverablesTable
              title={`Deliverables on ${name} (${value.deliverables.length})`}
              deliverables={value.deliverables}
              emptyContent={
                <EmptyState
                  missing="data"
                  title="No deliverables"
                  description="No deliverable you may see runs on this delivery."
                />
              }
            />
          )}
          {value.deliverablesHidden && (
            <Alert severity="info">
              Some deliverables of this delivery are hidden from you.
            </Alert>
          )}
          {/* A delivery selects Deliverables, never workloads. */}
          {value.supplyChain.kind !== 'ClusterDelivery' && (
            <WorkloadsTable
              title={`Workloads on ${name} (${value.workloads.length})`}
              workloads={value.workloads}
              hideSupplyChain
              emptyContent={
                <EmptyState
                  missing="data"
                  title="No workloads"
                  description="No workload you may see is on this supply chain."
                />
              }
            />
          )}
        </>
      )}
    </Box>
  );
}
