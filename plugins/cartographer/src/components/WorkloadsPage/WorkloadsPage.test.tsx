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
