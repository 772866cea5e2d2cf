/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  EmptyState,
  Link,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { RunnableSummary } from '@internal/plugin-cartographer-common';
import { Box, Typography } from '@material-ui/core';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { RunnablesQuery } from '../../api';
import { useCartographerLinks } from '../../hooks/useCartographerLinks';
import { useRunnables } from '../../hooks/useRunnables';
import { age } from '../../lib/relativeTime';
import { CartographerErrorPanel } from '../CartographerErrorPanel';
import { ClusterNotices } from '../ClusterNotices';
import { RelativeTime } from '../RelativeTime';
import { StatusLabel } from '../StatusLabel';
import { WorkloadFilters, WorkloadFilterValues } from '../WorkloadFilters';

type Row = RunnableSummary & { id: string };

const STATE_ORDER = { failed: 0, pending: 1, unknown: 2, ready: 3 };

/** URL keys of the filters; the blueprint select filters by run template. */
const FILTER_KEYS = [
  'cluster',
  'namespace',
  'runTemplate',
  'state',
  'q',
] as const;

function unique(values: Array<string | undefined>) {
  return [...new Set(values.filter((v): v is string => !!v))].sort();
}

/**
 * Standalone Runnables across clusters with the Workloads page's filters:
 * cluster, namespace, run template, state and free text, kept in the URL.
 */
export function RunnablesIndex() {
  const [params, setParams] = useSearchParams();
  const links = useCartographerLinks();
  const filters: WorkloadFilterValues = useMemo(
    () => ({
      cluster: params.get('cluster') ?? '',
      namespace: params.get('namespace') ?? '',
      supplyChain: params.get('runTemplate') ?? '',
      state: params.get('state') ?? '',
      q: params.get('q') ?? '',
    }),
    [params],
  );
  const query: RunnablesQuery = {
    cluster: filters.cluster || undefined,
    namespace: filters.namespace || undefined,
    runTemplate: filters.supplyChain || undefined,
    state: (filters.state || undefined) as RunnablesQuery['state'],
    q: filters.q || undefined,
    limit: 1000,
  };
  const { value, loading, error, retry } = useRunnables(query);
  const items = value?.items ?? [];
  // Filter choices come from an unfiltered read so they do not vanish.
  const all = useRunnables({ limit: 1000 }).value;
  const options = {
    clusters: unique([
      ...(value?.clusters ?? []).map(c => c.name),
      filters.cluster,
    ]),
    namespaces: unique([
      ...(all?.items ?? []).map(r => r.namespace),
      filters.namespace,
    ]),
    supplyChains: unique([
      ...(all?.items ?? []).map(r => r.runTemplate),
      filters.supplyChain,
    ]),
  };
  const onFilters = useCallback(
    (next: WorkloadFilterValues) => {
      const values: Record<(typeof FILTER_KEYS)[number], string> = {
        cluster: next.cluster,
        namespace: next.namespace,
        runTemplate: next.supplyChain,
        state: next.state,
        q: next.q,
      };
      setParams(
        Object.fromEntries(Object.entries(values).filter(([, v]) => v)),
        {
          replace: true,
        },
      );
    },
    [setParams],
  );
  const filtered = FILTER_KEYS.some(k => params.get(k));

  const columns: TableColumn<Row>[] = [
    {
      title: 'Name',
      field: 'name',
      highlight: true,
      render: row => {
        const to = links.runnable?.(row);
        return to ? <Link to={to}>{row.name}</Link> : row.name;
      },
    },
    { title: 'Namespace', field: 'namespace' },
    { title: 'Cluster', field: 'cluster' },
    {
      title: 'State',
      field: 'state',
      customSort: (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state],
      render: row => (
        <Box>
          <StatusLabel
            state={row.state}
            reason={row.state === 'ready' ? undefined : row.reason}
          />
          {row.state === 'failed' && row.message && (
            <Typography variant="body2" color="textSecondary">
              {row.message}
            </Typography>
          )}
        </Box>
      ),
    },
    { title: 'Run template', field: 'runTemplate' },
    {
      title: 'Last run',
      field: 'lastRunAt',
      render: row => <RelativeTime time={row.lastRunAt} />,
    },
    {
      title: 'Age',
      field: 'createdAt',
      render: row => (row.createdAt ? age(row.createdAt) : '—'),
    },
  ];

  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <WorkloadFilters
        values={filters}
        options={options}
        onChange={onFilters}
        subject="runnables"
        blueprintLabel="Run template"
        searchPlaceholder="name, run template, label or failure reason"
      />
      {value && <ClusterNotices clusters={value.clusters} />}
      {error ? (
        <CartographerErrorPanel
          error={error}
          subject="runnables"
          onRetry={retry}
        />
      ) : (
        <Table<Row>
          title={value ? `Runnables (${value.totalItems})` : 'Runnables'}
          isLoading={loading && !value}
          options={{
            paging: items.length > 20,
            pageSize: 20,
            search: false,
            padding: 'dense',
            // Draggable headers nest focusable elements (axe: nested-interactive).
            draggable: false,
          }}
          columns={columns}
          data={items.map(r => ({
            ...r,
            id: `${r.cluster}/${r.namespace}/${r.name}`,
          }))}
          emptyContent={
            <EmptyState
              missing="data"
              title={
                filtered
                  ? 'No Runnable matches these filters'
                  : 'No standalone Runnables'
              }
              description={
                filtered
                  ? 'Clear a filter or change the search.'
                  : 'No cluster has Runnables of its own that you may see. Runnables that a supply chain stamps show in the stage drawer of their workload.'
              }
            />
          }
        />
      )}
    </Box>
  );
}
