/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { EmptyState } from '@backstage/core-components';
import { WorkloadSummary } from '@internal/plugin-cartographer-common';
import { Box, Button, Typography } from '@material-ui/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { WorkloadsQuery } from '../../api';
import { useWorkloads } from '../../hooks/useWorkloads';
import { useWorkloadsDelivery } from '../../hooks/useWorkloadsDelivery';
import { CartographerErrorPanel } from '../CartographerErrorPanel';
import { ClusterNotices } from '../ClusterNotices';
import { RefreshNotice } from '../RefreshNotice';
import { WorkloadFilters, WorkloadFilterValues } from '../WorkloadFilters';
import { WorkloadsTable } from '../WorkloadsTable';

/** Rows fetched per step of "Show more"; the backend caps a request at 1000. */
const PAGE_SIZE = 200;
const MAX_LIMIT = 1000;
/** The delivery summary column covers the last 30 days. */
const DELIVERY_WINDOW = '30d';
const DELIVERY_DAYS = 30;
const FILTER_KEYS: Array<keyof WorkloadFilterValues> = [
  'cluster',
  'namespace',
  'supplyChain',
  'state',
  'q',
];

/** Values seen so far, so filter choices do not vanish once a filter narrows the list. */
function useSeen(values: Array<string | undefined>): string[] {
  const [seen, setSeen] = useState<string[]>([]);
  const key = values.filter(Boolean).sort().join('\n');
  useEffect(() => {
    setSeen(previous => {
      const next = new Set(previous);
      key
        .split('\n')
        .filter(Boolean)
        .forEach(v => next.add(v));
      return next.size === previous.length ? previous : [...next].sort();
    });
  }, [key]);
  return seen;
}

/**
 * All workloads across clusters, filtered by cluster, namespace, supply
 * chain, state and free text. Filters live in the URL, so a filtered view
 * can be shared; the backend applies them, so large fleets stay fast.
 */
export function WorkloadsIndex() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(
    () =>
      Object.fromEntries(
        FILTER_KEYS.map(k => [k, params.get(k) ?? '']),
      ) as unknown as WorkloadFilterValues,
    [params],
  );
  const [limit, setLimit] = useState(PAGE_SIZE);
  const query: WorkloadsQuery = {
    cluster: filters.cluster || undefined,
    namespace: filters.namespace || undefined,
    supplyChain: filters.supplyChain || undefined,
    state: (filters.state || undefined) as WorkloadsQuery['state'],
    q: filters.q || undefined,
    limit,
  };
  const { value, loading, error, refreshError, updatedAt, retry } =
    useWorkloads(query);
  const items: WorkloadSummary[] = value?.items ?? [];
  // Asked for once the rows are there, so they never wait for it.
  const delivery = useWorkloadsDelivery(items, DELIVERY_WINDOW);

  const clusters = useSeen([
    ...(value?.clusters ?? []).map(c => c.name),
    filters.cluster,
  ]);
  const namespaces = useSeen([
    ...items.map(w => w.namespace),
    filters.namespace,
  ]);
  const supplyChains = useSeen([
    ...items.map(w => w.supplyChain),
    filters.supplyChain,
  ]);

  const onFilters = useCallback(
    (next: WorkloadFilterValues) => {
      setLimit(PAGE_SIZE);
      setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v)), {
        replace: true,
      });
    },
    [setParams],
  );
  const filtered = FILTER_KEYS.some(k => filters[k]);

  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <WorkloadFilters
        values={filters}
        options={{ clusters, namespaces, supplyChains }}
        onChange={onFilters}
      />
      <RefreshNotice
        error={refreshError}
        updatedAt={updatedAt}
        onRetry={retry}
      />
      {value && <ClusterNotices clusters={value.clusters} />}
      {error ? (
        <CartographerErrorPanel
          error={error}
          subject="workloads"
          onRetry={retry}
        />
      ) : (
        <WorkloadsTable
          title={
            value
              ? `Workloads (${value.totalItems}${value.totalItems > items.length ? `, showing ${items.length}` : ''})`
              : 'Workloads'
          }
          workloads={items}
          loading={loading}
          delivery={{
            days: DELIVERY_DAYS,
            items: delivery.value,
            loading: delivery.loading && !delivery.value,
            failed: Boolean(delivery.error),
          }}
          emptyContent={
            <EmptyState
              missing="data"
              title={
                filtered ? 'No workload matches these filters' : 'No workloads'
              }
              description={
                filtered
                  ? 'Clear a filter or change the search.'
                  : 'No cluster has Cartographer Workloads you may see. Create one with the onboarding template or kubectl.'
              }
            />
          }
        />
      )}
      {value?.nextCursor && (
        <Box display="flex" alignItems="center" style={{ gap: 16 }}>
          {limit < MAX_LIMIT ? (
            <Button
              variant="outlined"
              onClick={() => setLimit(l => Math.min(MAX_LIMIT, l + PAGE_SIZE))}
            >
              Show more
            </Button>
          ) : (
            <Typography variant="body2">
              Showing the first {MAX_LIMIT}: narrow the filters to see the rest.
            </Typography>
          )}
        </Box>
      )}
    </Box>
  );
}
