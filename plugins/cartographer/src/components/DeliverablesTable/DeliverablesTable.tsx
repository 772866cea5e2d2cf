/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Link, Table, TableColumn } from '@backstage/core-components';
import { DeliverableSummary } from '@internal/plugin-cartographer-common';
import { Typography } from '@material-ui/core';
import { ReactNode } from 'react';
import { useCartographerLinks } from '../../hooks/useCartographerLinks';
import { WHOLE_WORD_HEADER, wholeCells } from '../../lib/wholeWordTables';
import { StatusLabel } from '../StatusLabel';

type Row = DeliverableSummary & { id: string };

/** Props of {@link DeliverablesTable}. */
export interface DeliverablesTableProps {
  deliverables: DeliverableSummary[];
  title: string;
  emptyContent?: ReactNode;
}

/**
 * The Deliverables a ClusterDelivery runs: each one's state and the
 * workload (on whichever cluster builds it) it came from, or that the
 * workload is gone.
 */
export function DeliverablesTable(props: DeliverablesTableProps) {
  const { deliverables, title, emptyContent } = props;
  const links = useCartographerLinks();
  const rows: Row[] = deliverables.map(d => ({
    ...d,
    id: `${d.cluster}/${d.namespace}/${d.name}`,
  }));
  const columns: TableColumn<Row>[] = [
    {
      title: 'Deliverable',
      field: 'name',
      highlight: true,
      render: row => (
        <>
          {row.name}
          {/* Where it runs, under its name, as on the Workloads page: a
              phone then shows name, state and workload without scrolling. */}
          <Typography variant="caption" display="block" color="textSecondary">
            {row.namespace} · {row.cluster}
          </Typography>
        </>
      ),
    },
    {
      title: 'State',
      field: 'diagnosis.state',
      render: row => (
        <StatusLabel
          state={row.diagnosis.state}
          reason={row.diagnosis.reason}
        />
      ),
    },
    {
      title: 'Workload',
      field: 'workload.name',
      render: row => {
        if (!row.workload) {
          return (
            <Typography variant="body2" color="textSecondary">
              No workload on any cluster
            </Typography>
          );
        }
        const label = `${row.workload.cluster} / ${row.workload.namespace}/${row.workload.name}`;
        const to = links.workload?.(row.workload);
        return to ? <Link to={to}>{label}</Link> : label;
      },
    },
  ];
  return (
    <Table<Row>
      title={title}
      options={{
        headerStyle: WHOLE_WORD_HEADER,
        paging: false,
        search: false,
        padding: 'dense',
        draggable: false,
      }}
      columns={wholeCells(columns)}
      data={rows}
      emptyContent={emptyContent}
    />
  );
}
