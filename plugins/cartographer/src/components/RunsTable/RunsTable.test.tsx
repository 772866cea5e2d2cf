/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { configWriterStage } from '../../__fixtures__/cartographer';
import { fakeCartographerApi } from '../../__testUtils__/fakeCartographerApi';
import { renderWithCartographer } from '../../__testUtils__/renderWithCartographer';
import { RunsTable } from './RunsTable';

const history = configWriterStage.runs!;
const key = { cluster: 'local', namespace: 'qa', name: 'shop-tests' };

const table = () =>
  screen.getByRole('table', { name: 'Runs of the Runnable, newest first' });
const runRow = (name: string) =>
  table().querySelector(`tr[data-run="${name}"]`) as HTMLElement;
const runRows = () => table().querySelectorAll('tr[data-run]');

describe('<RunsTable />', () => {
  it('shows each run newest first with state, failure message, revision, duration, inputs and outputs', async () => {
    await renderWithCartographer(
      <RunsTable history={history} runnable={key} />,
    );
    const failed = runRow('shop-frontend-config-writer-q9w4z');
    const current = runRow('shop-frontend-config-writer-x7k2p');
    expect(runRows()[0]).toBe(failed);
    expect(failed).toHaveTextContent('Failed');
    expect(failed).toHaveTextContent('2 of 40 tests failed: test_checkout');
    expect(failed).toHaveTextContent('main@sha1:def456');
    expect(failed).toHaveTextContent('2m 0s');
    expect(failed).not.toHaveTextContent('outputs in use');
    // The newest run's inputs are open, the others unfold on demand.
    expect(
      screen.getByText(
        "The Runnable's spec.inputs (this run was stamped from them)",
      ),
    ).toBeInTheDocument();
    expect(table()).toHaveTextContent('result: False');
    expect(current).toHaveTextContent('Succeeded');
    expect(current).toHaveTextContent('outputs in use');
    expect(current).toHaveTextContent('1m 5s');
    expect(
      screen.queryByText('Read back from the run object'),
    ).not.toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Show inputs and outputs of shop-frontend-config-writer-x7k2p',
      }),
    );
    expect(
      screen.getByText('Read back from the run object'),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText('revision:', { exact: false }).length,
    ).toBeGreaterThanOrEqual(2);
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
    expect(runRows()).toHaveLength(3);
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
