/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { StagePrinterColumns } from './StagePrinterColumns';

describe('<StagePrinterColumns />', () => {
  it('shows each column with its value, a dash for an empty one', async () => {
    await renderInTestApp(
      <StagePrinterColumns
        columns={[
          { name: 'LatestImage', value: '' },
          { name: 'Ready', value: 'False' },
        ]}
      />,
    );
    const rows = within(
      screen.getByRole('table', {
        name: 'Printer columns of the stamped object',
      }),
    ).getAllByRole('row');
    expect(rows.map(r => r.textContent)).toEqual([
      'ColumnValue',
      'LatestImage—',
      'ReadyFalse',
    ]);
  });
});
