/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Link, Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { WorkloadSummary } from '@internal/plugin-cartographer-common';
import { Typography } from '@material-ui/core';
import { ReactNode } from 'react';
import { useCartographerLinks } from '../../hooks/useCartographerLinks';
import { age } from '../../lib/relativeTime';
import { RelativeTime } from '../RelativeTime';
import { SourceLink } from '../SourceLink';
import { StatusLabel } from '../StatusLabel';

type Row = WorkloadSummary & { id: string; entityRef?: string };

const STATE_ORDER = { failed: 0, pending: 1, unknown: 2, ready: 3 };

/** Props of {@link WorkloadsTable}. */
export interface WorkloadsTableProps {
  workloads: WorkloadSummary[];
  title?: string;
  loading?: boolean;
  /** Hide the supply chain column (on a chain's own page). */
  hideSupplyChain?: boolean;
  emptyContent?: ReactNode;
}

/**
 * Workloads across clusters: name, namespace, cluster, type, supply chain,
 * state and reason, source, age and last change. A name opens the entity's
 * Supply Chain tab when the workload belongs to an entity, else the
 * standalone workload page.
 */
export function WorkloadsTable(props: WorkloadsTableProps) {
  const { workloads, title, loading, hideSupplyChain, emptyContent } = props;
  const links = useCartographerLinks();
  // The backend names each workload's entities; the first is the one to link.
  const rows: Row[] = workloads.map(w => ({
    ...w,
    id: `${w.cluster}/${w.namespace}/${w.name}`,
    entityRef: w.entityRefs[0],
  }));

  const columns: TableColumn<Row>[] = [
    {
      title: 'Name',
      field: 'name',
      highlight: true,
      render: row => {
        const to =
          (row.entityRef && links.entityTab?.(row.entityRef)) ??
          links.workload?.(row);
        return to ? <Link to={to}>{row.name}</Link> : row.name;
      },
    },
    { title: 'Namespace', field: 'namespace' },
    { title: 'Cluster', field: 'cluster' },
    { title: 'Type', field: 'workloadType', emptyValue: '—' },
    ...(hideSupplyChain
      ? []
      : [
          {
            title: 'Supply chain',
            field: 'supplyChain',
            emptyValue: 'none',
            render: (row: Row) => {
              if (!row.supplyChain) return 'none';
              const to = links.supplyChain?.(row.cluster, row.supplyChain);
              return to ? (
                <Link to={to}>{row.supplyChain}</Link>
              ) : (
                row.supplyChain
              );
            },
          } as TableColumn<Row>,
        ]),
    {
      title: 'State',
      field: 'state',
      customSort: (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state],
      render: row => (
        <>
          <StatusLabel state={row.state} reason={row.reason} />
          {row.stale && (
            <Typography variant="caption" display="block" color="textSecondary">
              stale: cluster unreachable
            </Typography>
          )}
        </>
      ),
    },
    {
      title: 'Source',
      sorting: false,
      render: row => <SourceLink source={row.source} compact />,
    },
    {
      title: 'Age',
      field: 'createdAt',
      render: row => age(row.createdAt) ?? '—',
    },
    {
      title: 'Last change',
      field: 'lastChangedAt',
      render: row => <RelativeTime time={row.lastChangedAt} />,
    },
    {
      title: 'Entity',
      field: 'entityRef',
      render: row =>
        row.entityRef ? <EntityRefLink entityRef={row.entityRef} /> : '—',
    },
  ];

  return (
    <Table<Row>
      title={title}
      isLoading={loading}
      data={rows}
      columns={columns}
      options={{
        paging: rows.length > 25,
        pageSize: 25,
        pageSizeOptions: [25, 50, 100],
        search: false,
        padding: 'dense',
        draggable: false,
      }}
      emptyContent={emptyContent}
    />
  );
}
