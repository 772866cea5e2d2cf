/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { GraphCondition } from '@internal/plugin-cartographer-common';
import { DetailColumn, DetailTable } from '../DetailTable';
import { RelativeTime } from '../RelativeTime';
import { StatusLabel } from '../StatusLabel';

/** A condition status as a stage state: True ready, False failed, else pending. */
export function conditionState(condition: Pick<GraphCondition, 'status'>) {
  if (condition.status === 'True') return 'ready';
  if (condition.status === 'False') return 'failed';
  return 'pending';
}

const COLUMNS: DetailColumn<GraphCondition>[] = [
  { title: 'Type', render: c => c.type },
  {
    title: 'Status',
    render: c => <StatusLabel state={conditionState(c)} label={c.status} />,
  },
  { title: 'Reason', render: c => c.reason ?? '—' },
  { title: 'Message', fit: 'text', render: c => c.message || '—' },
  {
    title: 'Changed',
    render: c => <RelativeTime time={c.lastTransitionTime} />,
  },
];

/**
 * Conditions with their reasons AND messages: a reason alone misleads
 * (Cartographer reports option-matching errors as "UnknownError").
 */
export function ConditionsTable({
  conditions,
  caption,
}: {
  conditions: GraphCondition[];
  caption: string;
}) {
  return (
    <DetailTable
      empty="No conditions reported."
      label={caption}
      columns={COLUMNS}
      rows={conditions}
      rowKey={c => c.type}
    />
  );
}
