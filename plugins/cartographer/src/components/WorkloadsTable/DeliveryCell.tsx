/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  deliverySummary,
  WorkloadMetricsItem,
} from '@internal/plugin-cartographer-common';
import { Tooltip, Typography } from '@material-ui/core';

/** What the workloads index knows of its rows' delivery metrics. */
export interface DeliveryColumn {
  /** The window's length, for the spelled-out label. */
  days: number;
  /** By `<cluster>/<namespace>/<name>`; a row without an entry has none. */
  items?: Map<string, WorkloadMetricsItem>;
  /** The first answer is still on its way. */
  loading: boolean;
  /** The metrics could not be loaded; the rows stay. */
  failed: boolean;
}

/**
 * One row's "deployments · lead time median · change failure rate", each
 * spelled out in the tooltip and the accessible name.
 */
export function DeliveryCell({
  id,
  column,
}: {
  id: string;
  column: DeliveryColumn;
}) {
  if (column.loading) {
    return (
      <Typography variant="body2" color="textSecondary" component="span">
        …
      </Typography>
    );
  }
  const { short, label } = column.failed
    ? { short: '–', label: 'delivery metrics could not be loaded' }
    : deliverySummary(column.items?.get(id), column.days);
  return (
    <Tooltip title={label}>
      {/* Focusable, so the tooltip also opens from the keyboard. */}
      <Typography
        variant="body2"
        component="span"
        role="img"
        aria-label={label}
        tabIndex={0}
      >
        {short}
      </Typography>
    </Tooltip>
  );
}
