/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { screen, waitFor, within } from '@testing-library/react';
import { fakeCartographerApi } from '../../__testUtils__/fakeCartographerApi';
import { renderWithCartographer } from '../../__testUtils__/renderWithCartographer';
import { RunnablesPage } from './RunnablesPage';

function renderPage(path: string, api = fakeCartographerApi()) {
  return renderWithCartographer(<RunnablesPage withHeader={false} />, {
    api,
    mountPath: '/cartographer/runnables/*',
    initialRouteEntries: [path],
  });
}

describe('<RunnablesPage />', () => {
  it('lists standalone Runnables with state, template and a link to each', async () => {
    const api = fakeCartographerApi();
    await renderPage('/cartographer/runnables', api);
    expect(await screen.findByText('Runnables (1)')).toBeInTheDocument();
    const row = screen
      .getAllByRole('row')
      .find(r => r.textContent?.includes('nightly-smoke'))!;
    expect(row).toHaveTextContent('qa');
    expect(row).toHaveTextContent('sample-smoke-run');
    expect(row).toHaveTextContent('Ready');
    expect(
      within(row).getByRole('link', { name: 'nightly-smoke' }),
    ).toHaveAttribute('href', '/cartographer/runnables/local/qa/nightly-smoke');
    expect(api.getRunnables).toHaveBeenCalledWith({ limit: 1000 });
  });

  it('passes the filters from the URL to the backend, the blueprint select as run template', async () => {
    const api = fakeCartographerApi();
    await renderPage(
      '/cartographer/runnables?namespace=qa&runTemplate=sample-smoke-run&state=failed',
      api,
    );
    await waitFor(() =>
      expect(api.getRunnables).toHaveBeenCalledWith({
        namespace: 'qa',
        runTemplate: 'sample-smoke-run',
        state: 'failed',
        limit: 1000,
      }),
    );
    expect(await screen.findByLabelText('Run template')).toHaveValue(
      'sample-smoke-run',
    );
  });

  it('says so when no Runnable matches the filters', async () => {
    const api = fakeCartographerApi({
      getRunnables: jest.fn(async () => ({
        items: [],
        totalItems: 0,
        clusters: [],
      })),
    });
    await renderPage('/cartographer/runnables?q=nothing', api);
    expect(
      await screen.findByText('No Runnable matches these filters'),
    ).toBeInTheDocument();
  });

  it('shows one Runnable: the chosen template, the selected object, inputs, outputs and runs', async () => {
    const api = fakeCartographerApi();
    await renderPage('/cartographer/runnables/local/qa/nightly-smoke', api);
    expect(
      await screen.findByRole('heading', { name: 'Runnable nightly-smoke' }),
    ).toBeInTheDocument();
    expect(api.getRunnable).toHaveBeenCalledWith({
      cluster: 'local',
      namespace: 'qa',
      name: 'nightly-smoke',
    });

    const templates = screen.getByRole('table', {
      name: 'ClusterRunTemplates and which one the Runnable uses',
    });
    const chosen = within(templates)
      .getAllByRole('row')
      .find(r => r.textContent?.includes('sample-smoke-run'))!;
    expect(chosen).toHaveTextContent('Chosen');
    expect(
      within(templates)
        .getAllByRole('row')
        .find(r => r.textContent?.includes('sample-test-run')),
    ).toHaveTextContent('Not used');

    const objects = screen.getByRole('table', {
      name: 'ConfigMap objects the selector considered',
    });
    expect(within(objects).getAllByRole('row')[1]).toHaveTextContent(
      'smoke-target-inventorySelected',
    );
    expect(within(objects).getAllByRole('row')[2]).toHaveTextContent(
      'app.kubernetes.io/part-of=inventory-api',
    );

    expect(screen.getByText('curl --fail')).toBeInTheDocument();
    expect(
      screen.getAllByText('http://inventory-api.qa.svc/healthz').length,
    ).toBeGreaterThan(0);
    expect(
      screen.getByRole('table', { name: 'Runs of the Runnable, newest first' }),
    ).toBeInTheDocument();
  });
});
