/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Link, Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { WorkloadSummary } from '@internal/plugin-cartographer-common';
import { makeStyles, Tooltip, Typography } from '@material-ui/core';
import { ReactNode } from 'react';
import { useCartographerLinks } from '../../hooks/useCartographerLinks';
import { relativeTime } from '../../lib/relativeTime';
import { WHOLE_WORD_HEADER, wholeCells } from '../../lib/wholeWordTables';
import { RelativeTime } from '../RelativeTime';
import { SourceLink } from '../SourceLink';
import { StatusLabel } from '../StatusLabel';
import { DeliveryCell, DeliveryColumn } from './DeliveryCell';

type Row = WorkloadSummary & { id: string; entityRef?: string };

const STATE_ORDER = { failed: 0, pending: 1, unknown: 2, ready: 3 };

const useStyles = makeStyles({
  truncate: {
    display: 'block',
    maxWidth: 180,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
});

/** A long value cut to the column's width, whole in a tooltip. */
function Truncated({
  title,
  children,
}: {
  title: string;
  children: ReactNode;
}) {
  const classes = useStyles();
  return (
    <Tooltip title={title}>
      <span className={classes.truncate}>{children}</span>
    </Tooltip>
  );
}

/** Props of {@link WorkloadsTable}. */
export interface WorkloadsTableProps {
  workloads: WorkloadSummary[];
  title?: string;
  loading?: boolean;
  /** Hide the supply chain column (on a chain's own page). */
  hideSupplyChain?: boolean;
  emptyContent?: ReactNode;
  /** Show each row's delivery summary (on the workloads index). */
  delivery?: DeliveryColumn;
}

/**
 * Workloads across clusters: name (with namespace and cluster), supply
 * chain (with the workload's type; the type alone on a chain's own page),
 * state and reason, delivery summary where given (beside the
 * state: how the workload is doing), source, last change (with age) and
 * entity. A name opens the entity's
 * Supply Chain tab when the workload belongs to an entity, else the
 * standalone workload page.
 */
export function WorkloadsTable(props: WorkloadsTableProps) {
  const { workloads, title, loading, hideSupplyChain, emptyContent, delivery } =
    props;
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
        return (
          <>
            {to ? <Link to={to}>{row.name}</Link> : row.name}
            {/* Where it runs, under its name: the filters above select by
                namespace and cluster, so they need no columns of their own. */}
            <Typography variant="caption" display="block" color="textSecondary">
              {row.namespace} · {row.cluster}
            </Typography>
          </>
        );
      },
    },
    ...(hideSupplyChain
      ? [{ title: 'Type', field: 'workloadType', emptyValue: '—' }]
      : [
          {
            title: 'Supply chain',
            field: 'supplyChain',
            emptyValue: 'none',
            render: (row: Row) => {
              const to =
                row.supplyChain &&
                links.supplyChain?.(row.cluster, row.supplyChain);
              return (
                <>
                  {row.supplyChain ? (
                    <Truncated title={row.supplyChain}>
                      {to ? (
                        <Link to={to}>{row.supplyChain}</Link>
                      ) : (
                        row.supplyChain
                      )}
                    </Truncated>
                  ) : (
                    'none'
                  )}
                  {/* The type is what selects the chain, so it sits under
                      it: one column less keeps the table within 1440 px. */}
                  {row.workloadType && (
                    <Typography
                      variant="caption"
                      display="block"
                      color="textSecondary"
                    >
                      type {row.workloadType}
                    </Typography>
                  )}
                </>
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
          <StatusLabel state={row.state} />
          {row.reason && row.state !== 'ready' && (
            <Typography variant="caption" display="block" color="textSecondary">
              <Truncated title={row.message ?? row.reason}>
                {row.reason}
              </Truncated>
            </Typography>
          )}
          {row.stale && (
            <Typography variant="caption" display="block" color="textSecondary">
              stale: cluster unreachable
            </Typography>
          )}
        </>
      ),
    },
    ...(delivery
      ? [
          {
            title: `Delivery (${delivery.days} days)`,
            sorting: false,
            render: (row: Row) => (
              <DeliveryCell id={row.id} column={delivery} />
            ),
          } as TableColumn<Row>,
        ]
      : []),
    {
      title: 'Source',
      sorting: false,
      render: row => <SourceLink source={row.source} compact />,
    },
    {
      title: 'Last change',
      field: 'lastChangedAt',
      render: row => (
        <>
          <RelativeTime time={row.lastChangedAt} />
          {row.createdAt && (
            <Typography variant="caption" display="block" color="textSecondary">
              created {relativeTime(row.createdAt)}
            </Typography>
          )}
        </>
      ),
    },
    {
      title: 'Entity',
      field: 'entityRef',
      render: row =>
        row.entityRef ? (
          <EntityRefLink entityRef={row.entityRef} defaultKind="component" />
        ) : (
          '—'
        ),
    },
  ];

  return (
    <Table<Row>
      title={title}
      isLoading={loading}
      data={rows}
      columns={wholeCells(columns)}
      options={{
        headerStyle: WHOLE_WORD_HEADER,
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
