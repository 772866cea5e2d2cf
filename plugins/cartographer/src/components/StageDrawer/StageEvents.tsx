/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { StageDetailResponse } from '@internal/plugin-cartographer-common';
import { DetailColumn, DetailTable } from '../DetailTable';
import { RelativeTime } from '../RelativeTime';
import { StatusLabel } from '../StatusLabel';

type StageEvent = StageDetailResponse['events'][number];

const COLUMNS: DetailColumn<StageEvent>[] = [
  {
    title: 'Type',
    render: e =>
      e.type === 'Warning' ? (
        <StatusLabel state="failed" label="Warning" />
      ) : (
        (e.type ?? '—')
      ),
  },
  { title: 'Reason', render: e => e.reason ?? '—' },
  { title: 'Message', fit: 'text', render: e => e.message || '—' },
  { title: 'Count', align: 'right', render: e => e.count ?? 1 },
  { title: 'Last seen', render: e => <RelativeTime time={e.lastTimestamp} /> },
];

/** The Kubernetes events of the stamped object, newest as the API lists them. */
export function StageEvents({ events }: { events: StageEvent[] }) {
  return (
    <DetailTable
      empty="No recent events."
      label="Events of the stamped object"
      columns={COLUMNS}
      rows={events}
      rowKey={(e, i) => `${e.reason}-${i}`}
    />
  );
}
