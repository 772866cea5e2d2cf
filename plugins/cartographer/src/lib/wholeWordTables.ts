/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { TableColumn } from '@backstage/core-components';
import { CSSProperties } from 'react';

// Names and states stay on one line (a hyphen would otherwise break
// "source-to-url", a narrow column "Read / y"); the table scrolls sideways
// when it must.
const WHOLE: CSSProperties = { whiteSpace: 'nowrap' };

/** Headers wrap between words only ("Last / change", never "Chang / ed"). */
export const WHOLE_WORD_HEADER: CSSProperties = {
  wordBreak: 'normal',
  overflowWrap: 'normal',
};

/**
 * The columns with cells that never wrap. A fresh style per column: the
 * Table writes the highlight column's bold into the object it is given,
 * which would make every cell bold.
 */
export function wholeCells<T extends object>(
  columns: TableColumn<T>[],
): TableColumn<T>[] {
  return columns.map(c => ({ cellStyle: { ...WHOLE }, ...c }));
}
