/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@material-ui/core';
import { ReactNode } from 'react';

/**
 * How a column's content may break. `whole` keeps names, states and numbers
 * on one line; `text` wraps prose between words only; `truncate` cuts long
 * tokens (digests, image references) with an ellipsis, the full value in a
 * tooltip.
 */
export type DetailColumnFit = 'whole' | 'text' | 'truncate';

/** One column of a {@link DetailTable}. */
export interface DetailColumn<T> {
  title: ReactNode;
  render: (row: T) => ReactNode;
  fit?: DetailColumnFit;
  /** For `truncate`: the full text for the tooltip. */
  tooltip?: (row: T) => string | undefined;
  align?: 'left' | 'right';
  /** Monospace, for names and values copied into kubectl. */
  mono?: boolean;
}

/** Props of {@link DetailTable}. */
export interface DetailTableProps<T> {
  /** The table's accessible name. */
  label: string;
  columns: DetailColumn<T>[];
  rows: T[];
  rowKey: (row: T, index: number) => string;
  /** Shown instead of the table when there are no rows. */
  empty?: string;
  /** `data-*` attributes for a row, which tests and styles select by. */
  rowData?: (row: T) => Record<`data-${string}`, string>;
}

const useStyles = makeStyles({
  // Narrow screens scroll the table sideways rather than squeeze its words.
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  header: { whiteSpace: 'nowrap' },
  whole: { whiteSpace: 'nowrap' },
  text: {
    whiteSpace: 'pre-line',
    overflowWrap: 'normal',
    wordBreak: 'normal',
    minWidth: 200,
  },
  truncate: {
    maxWidth: 240,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  mono: { fontFamily: 'monospace' },
});

/**
 * The small table the detail views share (conditions, events, params,
 * selection candidates): a header row that never breaks, and per column a
 * rule for how its content may break, so no word wraps letter by letter.
 */
export function DetailTable<T>(props: DetailTableProps<T>) {
  const { label, columns, rows, rowKey, rowData, empty } = props;
  const classes = useStyles();
  if (rows.length === 0 && empty) {
    return (
      <Typography variant="body2" color="textSecondary">
        {empty}
      </Typography>
    );
  }
  return (
    // A keyboard must be able to scroll a table wider than its card (axe:
    // scrollable-region-focusable), so the wrapper takes focus.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className={classes.wrap} tabIndex={0}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            {columns.map((column, i) => (
              <TableCell
                key={i}
                align={column.align}
                className={classes.header}
              >
                {column.title}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, index) => (
            <TableRow key={rowKey(row, index)} {...rowData?.(row)}>
              {columns.map((column, i) => (
                <DetailCell key={i} column={column} row={row} />
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function DetailCell<T>({ column, row }: { column: DetailColumn<T>; row: T }) {
  const classes = useStyles();
  const fit = column.fit ?? 'whole';
  const className = `${classes[fit]} ${column.mono ? classes.mono : ''}`;
  const content = column.render(row);
  const tooltip = fit === 'truncate' ? column.tooltip?.(row) : undefined;
  return (
    <TableCell align={column.align} className={className}>
      {tooltip ? (
        <Tooltip title={tooltip}>
          <span>{content}</span>
        </Tooltip>
      ) : (
        content
      )}
    </TableCell>
  );
}
