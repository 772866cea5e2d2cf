/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { configWriterStage } from '../../__fixtures__/cartographer';
import { fakeCartographerApi } from '../../__testUtils__/fakeCartographerApi';
import { renderWithCartographer } from '../../__testUtils__/renderWithCartographer';
import { RunsTable } from './RunsTable';

const history = configWriterStage.runs!;
const key = { cluster: 'local', namespace: 'qa', name: 'shop-tests' };

const rows = () =>
  within(
    screen.getByRole('table', { name: 'Runs of the Runnable, newest first' }),
  )
    .getAllByRole('row')
    .slice(1);

describe('<RunsTable />', () => {
  it('shows each run newest first with state, failure message, revision, duration, inputs and outputs', async () => {
    await renderWithCartographer(
      <RunsTable history={history} runnable={key} />,
    );
    const [failed, current] = rows();
    expect(failed).toHaveTextContent('shop-frontend-config-writer-q9w4z');
    expect(failed).toHaveTextContent('Failed');
    expect(failed).toHaveTextContent('2 of 40 tests failed: test_checkout');
    expect(failed).toHaveTextContent('main@sha1:def456');
    expect(failed).toHaveTextContent('2m 0s');
    expect(failed).toHaveTextContent('result: False');
    expect(failed).not.toHaveTextContent('outputs in use');
    expect(current).toHaveTextContent('Succeeded');
    expect(current).toHaveTextContent('outputs in use');
    expect(current).toHaveTextContent('1m 5s');
    expect(current).toHaveTextContent('revision: main@sha1:abc123');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Run shop-frontend-config-writer-q9w4z on main@sha1:def456 failed',
    );
    expect(
      screen.getByText('2 of 2 runs (TaskRun, tekton.dev/v1beta1)'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Show older runs' }),
    ).not.toBeInTheDocument();
  });

  it('loads older runs a page at a time', async () => {
    const api = fakeCartographerApi();
    await renderWithCartographer(
      <RunsTable
        history={{ ...history, total: 3, nextOffset: 2 }}
        runnable={key}
      />,
      { api },
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Show older runs' }),
    );
    expect(await screen.findByText('nightly-smoke-oldest')).toBeInTheDocument();
    expect(api.getRunnableRuns).toHaveBeenCalledWith(key, 2);
    expect(rows()).toHaveLength(3);
    expect(
      screen.queryByRole('button', { name: 'Show older runs' }),
    ).not.toBeInTheDocument();
  });

  it('shows why runs could not be read instead of an empty table', async () => {
    await renderWithCartographer(
      <RunsTable
        history={{
          items: [],
          total: 0,
          warnings: [
            'cannot list TaskRun (tekton.dev/v1beta1) in namespace qa: forbidden',
          ],
        }}
      />,
    );
    expect(screen.getByText(/forbidden/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(
      screen.queryByText('The Runnable has not created any run yet.'),
    ).not.toBeInTheDocument();
  });
});
