/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { StageDetailResponse } from '@internal/plugin-cartographer-common';
import { DetailColumn, DetailTable } from '../DetailTable';

type PrinterColumn = StageDetailResponse['printerColumns'][number];

const COLUMNS: DetailColumn<PrinterColumn>[] = [
  { title: 'Column', render: c => c.name },
  {
    title: 'Value',
    fit: 'truncate',
    mono: true,
    render: c => c.value || '—',
    tooltip: c => c.value || undefined,
  },
];

/** What `kubectl get` prints for the stamped object (its CRD's printer columns). */
export function StagePrinterColumns({ columns }: { columns: PrinterColumn[] }) {
  return (
    <DetailTable
      label="Printer columns of the stamped object"
      columns={COLUMNS}
      rows={columns}
      rowKey={c => c.name}
    />
  );
}
