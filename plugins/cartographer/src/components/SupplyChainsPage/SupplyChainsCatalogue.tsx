/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { EmptyState, Progress } from '@backstage/core-components';
import { Box, Grid, makeStyles, TextField } from '@material-ui/core';
import { useState } from 'react';
import { useSupplyChains } from '../../hooks/useSupplyChains';
import { formatTerm } from '../../lib/selectorTerms';
import { CartographerErrorPanel } from '../CartographerErrorPanel';
import { FilterBar } from '../FilterBar';
import { ClusterNotices } from '../ClusterNotices';
import { RefreshNotice } from '../RefreshNotice';
import { SupplyChainCard } from '../SupplyChainCard';

const useStyles = makeStyles({
  select: { minWidth: 160 },
  search: { minWidth: 260, flexGrow: 1 },
});

/**
 * Every ClusterSupplyChain and ClusterDelivery for operators, filterable by
 * cluster and text (name, description, selector terms).
 */
export function SupplyChainsCatalogue() {
  const classes = useStyles();
  const { value, loading, error, refreshError, updatedAt, retry } =
    useSupplyChains();
  const [cluster, setCluster] = useState('');
  const [text, setText] = useState('');

  if (loading) return <Progress />;
  if (error)
    return (
      <CartographerErrorPanel
        error={error}
        subject="supply chains"
        onRetry={retry}
      />
    );
  const chains = value?.items ?? [];
  const clusters = value?.clusters ?? [];
  const needle = text.trim().toLowerCase();
  const shown = chains.filter(
    c =>
      (!cluster || c.cluster === cluster) &&
      (!needle ||
        [c.name, c.description, ...c.selector.map(formatTerm)]
          .filter(Boolean)
          .join(' ')
          .toLowerCase()
          .includes(needle)),
  );
  // Supply chains first, then deliveries; by name within each.
  shown.sort(
    (a, b) => a.kind.localeCompare(b.kind) * -1 || a.name.localeCompare(b.name),
  );

  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <FilterBar label="Filter supply chains">
        <TextField
          id="cartographer-chains-cluster"
          select
          label="Cluster"
          value={cluster}
          onChange={e => setCluster(e.target.value)}
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          className={classes.select}
        >
          <option value="">Any</option>
          {clusters.map(c => (
            <option key={c.name} value={c.name}>
              {c.name}
            </option>
          ))}
        </TextField>
        <TextField
          id="cartographer-chains-search"
          type="search"
          label="Search"
          placeholder="name, description or selector"
          value={text}
          onChange={e => setText(e.target.value)}
          InputLabelProps={{ shrink: true }}
          className={classes.search}
        />
      </FilterBar>
      <RefreshNotice
        error={refreshError}
        updatedAt={updatedAt}
        onRetry={retry}
      />
      <ClusterNotices clusters={clusters} />
      {shown.length === 0 ? (
        <EmptyState
          missing="data"
          title={chains.length ? 'No supply chain matches' : 'No supply chains'}
          description={
            chains.length
              ? 'Clear the cluster filter or change the search.'
              : 'No configured cluster has a ClusterSupplyChain or ClusterDelivery.'
          }
        />
      ) : (
        <Grid container spacing={2}>
          {shown.map(chain => (
            <Grid
              item
              xs={12}
              xl={6}
              key={`${chain.cluster}/${chain.kind}/${chain.name}`}
            >
              <SupplyChainCard chain={chain} />
            </Grid>
          ))}
        </Grid>
      )}
    </Box>
  );
}
