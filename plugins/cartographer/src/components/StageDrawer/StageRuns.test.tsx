/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { configWriterStage } from '../../__fixtures__/cartographer';
import { fakeCartographerApi } from '../../__testUtils__/fakeCartographerApi';
import { renderWithCartographer } from '../../__testUtils__/renderWithCartographer';
import { StageRuns } from './StageRuns';

const runs = { ...configWriterStage.runs!, nextOffset: 1 };

describe('<StageRuns />', () => {
  it('fetches older runs from the Runnable in the stamped namespace', async () => {
    const api = fakeCartographerApi();
    await renderWithCartographer(
      <StageRuns
        runs={runs}
        stampedRef={{ kind: 'Runnable', namespace: 'qa', name: 'tests' }}
        workload={{ cluster: 'dev', namespace: 'apps', name: 'app' }}
      />,
      { api },
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Show older runs' }),
    );
    expect(api.getRunnableRuns).toHaveBeenCalledWith(
      { cluster: 'dev', namespace: 'qa', name: 'tests' },
      1,
    );
  });

  it('offers no older runs without the workload to find the Runnable in', async () => {
    await renderWithCartographer(
      <StageRuns
        runs={runs}
        stampedRef={{ kind: 'Runnable', name: 'tests' }}
      />,
    );
    expect(
      screen.queryByRole('button', { name: 'Show older runs' }),
    ).not.toBeInTheDocument();
  });
});
