/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fraudDetector,
  readyCluster,
  reportWorker,
  shopFrontend,
  shopFrontendOnEdge,
  unreachableCluster,
  workloadsResponse,
} from '../../__fixtures__/cartographer';
import {
  fakeCartographerApi,
  responseError,
} from '../../__testUtils__/fakeCartographerApi';
import {
  componentEntity,
  renderWithCartographer,
} from '../../__testUtils__/renderWithCartographer';
import { WorkloadsPage } from './WorkloadsPage';

const catalogApi = catalogApiMock({
  entities: [componentEntity('shop-frontend')],
});

function renderPage(path: string, api = fakeCartographerApi()) {
  return renderWithCartographer(<WorkloadsPage withHeader={false} />, {
    api,
    apis: [[catalogApiRef, catalogApi]],
    mountPath: '/cartographer/workloads/*',
    initialRouteEntries: [path],
  });
}

const row = (name: string, cluster = 'dev') =>
  screen
    .getAllByRole('row')
    .find(
      r => r.textContent?.includes(name) && r.textContent.includes(cluster),
    )!;

describe('<WorkloadsPage />', () => {
  it('lists workloads across clusters with state, reason, chain, source and entity', async () => {
    const api = fakeCartographerApi({
      getWorkloads: jest.fn(async () =>
        workloadsResponse(
          [shopFrontend, fraudDetector, reportWorker, shopFrontendOnEdge],
          [readyCluster, unreachableCluster],
        ),
      ),
    });
    await renderPage('/cartographer/workloads', api);
    expect(await screen.findByText('Workloads (4)')).toBeInTheDocument();
    expect(api.getWorkloads).toHaveBeenCalledWith({ limit: 200 });

    const failing = row('fraud-detector');
    // One state label, the reason beneath it.
    expect(failing).toHaveTextContent('FailedBuildFailed');
    expect(failing).not.toHaveTextContent(/Failed\s*·\s*Failed/);
    // Namespace and cluster under the name, not columns of their own.
    expect(failing).toHaveTextContent('fraud-detectorapps · dev');
    // The source as owner/repo @ ref, linking to the repository.
    expect(
      within(failing).getByRole('link', {
        name: /^sample-org\/fraud-detector @ main/,
      }),
    ).toHaveAttribute('href', 'https://github.com/sample-org/fraud-detector');
    expect(
      within(failing).getByRole('link', { name: 'source-to-url' }),
    ).toHaveAttribute('href', '/cartographer/supply-chains/dev/source-to-url');
    // No entity claims fraud-detector: its name opens the standalone page.
    expect(
      within(failing).getByRole('link', { name: 'fraud-detector' }),
    ).toHaveAttribute(
      'href',
      '/cartographer/workloads/dev/apps/fraud-detector',
    );
    expect(row('report-worker')).toHaveTextContent('none');
    // The type under the chain it selects, not a column of its own.
    expect(failing).toHaveTextContent('source-to-urltype web');
    expect(
      screen.queryByRole('columnheader', { name: 'Type' }),
    ).not.toBeInTheDocument();

    // shop-frontend belongs to an entity: its name opens the entity's tab.
    await waitFor(() =>
      expect(
        within(row('shop-frontend'))
          .getAllByRole('link', { name: 'shop-frontend' })
          .map(link => link.getAttribute('href')),
      ).toEqual([
        '/catalog/default/component/shop-frontend/supply-chain',
        '/catalog/default/component/shop-frontend',
      ]),
    );
    expect(row('shop-frontend', 'edge')).toHaveTextContent(
      'stale: cluster unreachable',
    );
    expect(
      screen.getByText(/Cluster/, { selector: '.MuiAlert-message' }),
    ).toHaveTextContent('Cluster edge is unreachable');
  });

  it('fills in a delivery summary per row after the rows, from one batched request', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const api = fakeCartographerApi();
    const batched = api.getWorkloadsMetrics.getMockImplementation()!;
    api.getWorkloadsMetrics.mockImplementation(
      (ids, window) =>
        new Promise(resolve => {
          answer = () => resolve(batched(ids, window));
        }),
    );
    await renderPage('/cartographer/workloads', api);
    expect(await screen.findByText('Workloads (4)')).toBeInTheDocument();
    expect(
      screen.getByRole('columnheader', { name: 'Delivery (30 days)' }),
    ).toBeInTheDocument();
    // The rows are shown while the metrics are on their way.
    expect(row('shop-frontend')).toHaveTextContent('…');
    expect(api.getWorkloadsMetrics).toHaveBeenCalledTimes(1);
    expect(api.getWorkloadsMetrics).toHaveBeenCalledWith(
      [
        'dev/apps/shop-frontend',
        'dev/apps/fraud-detector',
        'dev/apps/report-worker',
        'dev/apps/search-ui',
      ],
      '30d',
    );
    answer(undefined);
    const spelled =
      '1 deployment in 30 days, lead time median 3m 50s, change failure rate 50 % (1 of 2 revisions)';
    // The table renders its rows anew: look the row up again each time.
    const summary = await waitFor(() =>
      within(row('shop-frontend')).getByRole('img', { name: spelled }),
    );
    expect(summary).toHaveTextContent(/^1 · 3m · 50 %$/);
    // Recorded nothing yet, or absent from the answer: a dash, said so.
    for (const name of ['fraud-detector', 'report-worker']) {
      expect(
        within(row(name)).getByRole('img', { name: 'no history yet' }),
      ).toHaveTextContent(/^–$/);
    }
    await userEvent.hover(
      within(row('shop-frontend')).getByRole('img', { name: spelled }),
    );
    expect(
      await screen.findByRole('tooltip', { name: spelled }),
    ).toBeInTheDocument();
  });

  it('keeps the rows when the delivery metrics fail to load', async () => {
    const api = fakeCartographerApi({
      getWorkloadsMetrics: jest.fn().mockRejectedValue(new Error('boom')),
    });
    await renderPage('/cartographer/workloads', api);
    expect(await screen.findByText('Workloads (4)')).toBeInTheDocument();
    expect(
      await waitFor(() =>
        within(row('shop-frontend')).getByRole('img', {
          name: 'delivery metrics could not be loaded',
        }),
      ),
    ).toHaveTextContent(/^–$/);
    expect(row('fraud-detector')).toHaveTextContent('FailedBuildFailed');
  });

  it('filters by cluster, state and text through the backend, and keeps filters in the URL', async () => {
    const api = fakeCartographerApi();
    await renderPage('/cartographer/workloads?state=failed', api);
    await screen.findByText(/^Workloads \(/);
    expect(api.getWorkloads).toHaveBeenLastCalledWith({
      state: 'failed',
      limit: 200,
    });
    expect(screen.getByRole('combobox', { name: 'State' })).toHaveValue(
      'failed',
    );

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Cluster' }),
      'dev',
    );
    await waitFor(() =>
      expect(api.getWorkloads).toHaveBeenLastCalledWith({
        cluster: 'dev',
        state: 'failed',
        limit: 200,
      }),
    );
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search' }),
      'buildpack',
    );
    await waitFor(() =>
      expect(api.getWorkloads).toHaveBeenLastCalledWith({
        cluster: 'dev',
        state: 'failed',
        q: 'buildpack',
        limit: 200,
      }),
    );
  });

  it('says when no workload matches the filters', async () => {
    const api = fakeCartographerApi({
      getWorkloads: jest.fn(async () => workloadsResponse([])),
    });
    await renderPage('/cartographer/workloads?namespace=nowhere', api);
    await screen.findByText(/^Workloads/);
    // The table re-renders once the entity lookup settles; wait for the final DOM.
    await waitFor(() =>
      expect(
        screen.getByText('No workload matches these filters'),
      ).toBeInTheDocument(),
    );
  });

  it('explains a permission denial', async () => {
    const denied = await responseError(
      403,
      'NotAllowedError',
      'you may not list workloads',
    );
    await renderPage(
      '/cartographer/workloads',
      fakeCartographerApi({
        getWorkloads: jest.fn().mockRejectedValue(denied),
      }),
    );
    expect(await screen.findByText('Permission denied')).toBeInTheDocument();
  });

  it('shows a workload on its own page with the same views as the tab', async () => {
    const api = fakeCartographerApi();
    await renderPage('/cartographer/workloads/dev/apps/fraud-detector', api);
    expect(
      await screen.findByRole('heading', { name: 'fraud-detector', level: 2 }),
    ).toBeInTheDocument();
    expect(api.getWorkload).toHaveBeenCalledWith({
      cluster: 'dev',
      namespace: 'apps',
      name: 'fraud-detector',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Blocked at stage image-builder',
    );
    expect(screen.getByRole('link', { name: 'Workloads' })).toHaveAttribute(
      'href',
      '/cartographer/workloads',
    );
  });

  it('says when a workload does not exist or is hidden', async () => {
    const missing = await responseError(
      404,
      'NotFoundError',
      'workload apps/ghost not found on cluster dev',
    );
    await renderPage(
      '/cartographer/workloads/dev/apps/ghost',
      fakeCartographerApi({
        getWorkload: jest.fn().mockRejectedValue(missing),
      }),
    );
    expect(await screen.findByText('Not found')).toBeInTheDocument();
    expect(
      screen.getByText(/your permissions may not cover it/),
    ).toBeInTheDocument();
  });
});
