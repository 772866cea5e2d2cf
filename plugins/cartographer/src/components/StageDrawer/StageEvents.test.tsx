/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { imageBuilderStage } from '../../__fixtures__/cartographer';
import { StageEvents } from './StageEvents';

describe('<StageEvents />', () => {
  it('lists each event with its type, reason, message and count', async () => {
    await renderInTestApp(<StageEvents events={imageBuilderStage.events} />);
    const table = screen.getByRole('table', {
      name: 'Events of the stamped object',
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map(h => h.textContent);
    expect(headers).toEqual([
      'Type',
      'Reason',
      'Message',
      'Count',
      'Last seen',
    ]);
    const [, row] = within(table).getAllByRole('row');
    expect(row).toHaveTextContent('Warning');
    expect(row).toHaveTextContent('ResourceHealthyStatusChanged');
    expect(row).toHaveTextContent('changed to [False]');
    expect(within(row).getAllByRole('cell')[3]).toHaveTextContent('3');
  });

  it('says so when there are none, without an empty table', async () => {
    await renderInTestApp(<StageEvents events={[]} />);
    expect(screen.getByText('No recent events.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
