/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailColumn, DetailTable } from './DetailTable';

type Row = { name: string; digest: string; note: string };

const columns: DetailColumn<Row>[] = [
  { title: 'Name', render: r => r.name },
  {
    title: 'Digest',
    fit: 'truncate',
    mono: true,
    render: r => r.digest.slice(0, 12),
    tooltip: r => r.digest,
  },
  { title: 'Note', fit: 'text', align: 'right', render: r => r.note },
];

describe('<DetailTable />', () => {
  it('renders a header row and one row per item, with row data attributes', async () => {
    await renderInTestApp(
      <DetailTable
        label="Things"
        columns={columns}
        rows={[
          { name: 'a', digest: 'sha256:aaaaaaaaaaaaaaaa', note: 'first' },
          { name: 'b', digest: 'sha256:bbbbbbbbbbbbbbbb', note: 'second' },
        ]}
        rowKey={r => r.name}
        rowData={r => ({ 'data-thing': r.name })}
      />,
    );
    const table = screen.getByRole('table', { name: 'Things' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map(r => r.textContent)).toEqual([
      'NameDigestNote',
      'asha256:aaaaafirst',
      'bsha256:bbbbbsecond',
    ]);
    expect(rows[2]).toHaveAttribute('data-thing', 'b');
  });

  it('keeps names and headers on one line and shows a truncated value whole in a tooltip', async () => {
    await renderInTestApp(
      <DetailTable
        label="Things"
        columns={columns}
        rows={[{ name: 'a', digest: 'sha256:aaaaaaaaaaaaaaaa', note: 'n' }]}
        rowKey={r => r.name}
      />,
    );
    const header = screen.getByRole('columnheader', { name: 'Name' });
    expect(getComputedStyle(header).whiteSpace).toBe('nowrap');
    const [name, digest] = within(screen.getAllByRole('row')[1]).getAllByRole(
      'cell',
    );
    expect(getComputedStyle(name).whiteSpace).toBe('nowrap');
    expect(getComputedStyle(digest).textOverflow).toBe('ellipsis');
    await userEvent.hover(screen.getByText('sha256:aaaaa'));
    expect(
      await screen.findByRole('tooltip', { name: 'sha256:aaaaaaaaaaaaaaaa' }),
    ).toBeInTheDocument();
  });
});
