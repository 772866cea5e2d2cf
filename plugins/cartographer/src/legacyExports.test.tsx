/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * The package's legacy-frontend-system exports, rendered the way a legacy app
 * renders them: through @backstage/test-utils, with the plugin's route refs
 * mounted where App.tsx mounts them.
 */
import { FlatRoutes } from '@backstage/core-app-api';
import { getComponentData } from '@backstage/core-plugin-api';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  MockSearchApi,
  SearchContextProvider,
  searchApiRef,
  SearchResult,
} from '@backstage/plugin-search-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { screen, within } from '@testing-library/react';
import { ComponentType, ReactNode } from 'react';
import { Route } from 'react-router-dom';
import {
  cartographerApiRef,
  CartographerSupplyChainSearchResultListItem,
  CartographerSupplyChainsPage,
  CartographerWorkloadSearchResultListItem,
  CartographerWorkloadsPage,
  EntityCartographerContent,
  SupplyChainPickerFieldExtension,
  supplyChainsRouteRef,
  workloadsRouteRef,
} from './index';
import {
  fraudDetector,
  shopFrontend,
  workloadsResponse,
} from './__fixtures__/cartographer';
import {
  experimentalChainDocument,
  fraudDetectorDocument,
} from './__fixtures__/searchDocuments';
import { fakeCartographerApi } from './__testUtils__/fakeCartographerApi';
import { componentEntity } from './__testUtils__/renderWithCartographer';

/**
 * Renders routes the way App.tsx declares them, in FlatRoutes, at `path`.
 * The route refs the views link to but this render does not mount are
 * mounted where the demo app mounts them.
 */
function renderLegacy(
  routes: ReactNode,
  path: string,
  options: {
    api?: ReturnType<typeof fakeCartographerApi>;
    linkedRoutes?: Record<string, typeof workloadsRouteRef>;
  } = {},
) {
  const { api = fakeCartographerApi(), linkedRoutes = {} } = options;
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [cartographerApiRef, api],
        [catalogApiRef, catalogApiMock({ entities: [] })],
        // The Supply chains page asks whether the user may approve chains.
        [permissionApiRef, mockApis.permission()],
      ]}
    >
      <FlatRoutes>{routes}</FlatRoutes>
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        ...linkedRoutes,
      },
    },
  );
}

const bothPages = {
  '/cartographer/workloads': workloadsRouteRef,
  '/cartographer/supply-chains': supplyChainsRouteRef,
};

/** The Supply Chain tab as EntityPage.tsx mounts it. */
function renderTab(name: string, api: ReturnType<typeof fakeCartographerApi>) {
  return renderLegacy(
    <Route
      path="/supply-chain"
      element={
        <EntityProvider entity={componentEntity(name)}>
          <EntityCartographerContent />
        </EntityProvider>
      }
    />,
    '/supply-chain',
    { api, linkedRoutes: bothPages },
  );
}

const stageStates = () =>
  Array.from(document.querySelectorAll<HTMLElement>('[data-stage]')).map(
    b => `${b.dataset.stage}: ${b.dataset.state}`,
  );

describe('legacy frontend system exports', () => {
  it('EntityCartographerContent shows a healthy workload with every stage Ready', async () => {
    const api = fakeCartographerApi({
      getWorkloads: jest.fn(async () => workloadsResponse([shopFrontend])),
    });
    await renderTab('shop-frontend', api);
    expect(
      await screen.findByText('Supply chain source-to-url'),
    ).toBeInTheDocument();
    expect(api.getWorkloads).toHaveBeenCalledWith({
      entityRef: 'component:default/shop-frontend',
      limit: 200,
    });
    // The supply chain's stages first, then its Deliverable's delivery.
    expect(stageStates().slice(0, 5)).toEqual([
      'source-provider: ready',
      'image-builder: ready',
      'config-provider: ready',
      'app-config: ready',
      'config-writer: ready',
    ]);
    expect(stageStates().filter(s => !s.endsWith(': ready'))).toEqual([]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('EntityCartographerContent names the failing stage of a failing workload', async () => {
    await renderTab(
      'fraud-detector',
      fakeCartographerApi({
        getWorkloads: jest.fn(async () => workloadsResponse([fraudDetector])),
      }),
    );
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Blocked at stage image-builder');
    expect(banner).toHaveTextContent('buildpack detection failed');
    expect(stageStates()).toContain('image-builder: failed');
  });

  it('CartographerWorkloadsPage lists the workloads with their states under its header', async () => {
    await renderLegacy(
      <Route
        path="/cartographer/workloads"
        element={<CartographerWorkloadsPage />}
      />,
      '/cartographer/workloads',
      { linkedRoutes: { '/cartographer/supply-chains': supplyChainsRouteRef } },
    );
    expect(
      await screen.findByRole('heading', { name: 'Workloads', level: 1 }),
    ).toBeInTheDocument();
    const row = (name: string) =>
      screen
        .getAllByRole('row')
        .find(r => within(r).queryAllByText(name).length > 0)!;
    expect(await screen.findByText('Workloads (4)')).toBeInTheDocument();
    expect(row('fraud-detector')).toHaveTextContent('FailedBuildFailed');
    expect(row('shop-frontend')).toHaveTextContent('Ready');
    // Links resolve through the route refs App.tsx mounts.
    expect(
      within(row('fraud-detector')).getByRole('link', {
        name: 'source-to-url',
      }),
    ).toHaveAttribute('href', '/cartographer/supply-chains/dev/source-to-url');
  });

  it('CartographerWorkloadsPage opens a workload on its sub-route', async () => {
    await renderLegacy(
      <Route
        path="/cartographer/workloads"
        element={<CartographerWorkloadsPage />}
      />,
      '/cartographer/workloads/dev/apps/fraud-detector',
      { linkedRoutes: { '/cartographer/supply-chains': supplyChainsRouteRef } },
    );
    expect(
      await screen.findByRole('heading', { name: 'fraud-detector', level: 2 }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Blocked at stage image-builder',
    );
  });

  it('CartographerSupplyChainsPage shows which chains are approved for onboarding', async () => {
    await renderLegacy(
      <Route
        path="/cartographer/supply-chains"
        element={<CartographerSupplyChainsPage />}
      />,
      '/cartographer/supply-chains',
      { linkedRoutes: { '/cartographer/workloads': workloadsRouteRef } },
    );
    await screen.findByText('experimental-chain');
    const card = (name: string) =>
      screen
        .getAllByText(name)
        .map(el => el.closest('[class*="MuiCard-root"]'))
        .find(Boolean) as HTMLElement;
    expect(card('source-to-url')).toHaveTextContent('Approved for onboarding');
    expect(card('experimental-chain')).toHaveTextContent(
      'Not approved for onboarding',
    );
  });

  it('the picker field extension renders only approved, Ready chains', async () => {
    const field = getComponentData<{
      name: string;
      component: ComponentType<Record<string, unknown>>;
    }>(<SupplyChainPickerFieldExtension />, 'scaffolder.extensions.field.v1')!;
    expect(field.name).toBe('SupplyChainPicker');
    const Picker = field.component;
    await renderLegacy(
      <Route
        path="/create"
        element={
          <Picker
            formData={undefined}
            onChange={jest.fn()}
            required
            rawErrors={[]}
            schema={{ title: 'Supply chain' }}
            uiSchema={{}}
            idSchema={{ $id: 'supplyChain' }}
            formContext={{ formData: {} }}
            registry={{}}
          />
        }
      />,
      '/create',
      { linkedRoutes: bothPages },
    );
    expect(
      await screen.findByRole('radio', { name: /source-to-url/ }),
    ).toBeInTheDocument();
    expect(screen.queryByText('experimental-chain')).not.toBeInTheDocument();
  });

  it('the search result items render their own document types inside <SearchResult>', async () => {
    const searchApi = new MockSearchApi({
      results: [
        { type: 'cartographer-workload', document: fraudDetectorDocument },
        {
          type: 'cartographer-supply-chain',
          document: experimentalChainDocument,
        },
        {
          type: 'software-catalog',
          document: {
            title: 'demo-shop',
            text: 'Sample applications',
            location: '/catalog/default/system/demo-shop',
          },
        },
      ],
    });
    await renderInTestApp(
      <TestApiProvider apis={[[searchApiRef, searchApi]]}>
        <SearchContextProvider
          initialState={{ term: 'fraud', types: [], filters: {} }}
        >
          <SearchResult>
            <CartographerWorkloadSearchResultListItem />
            <CartographerSupplyChainSearchResultListItem />
          </SearchResult>
        </SearchContextProvider>
      </TestApiProvider>,
    );
    const item = async (name: string) =>
      (await screen.findByRole('link', { name })).closest('li')!;
    expect(await item('fraud-detector')).toHaveTextContent(
      'Failed · BuildFailed',
    );
    expect(await item('fraud-detector')).toHaveTextContent('local / payments');
    expect(await item('experimental-chain')).toHaveTextContent('Not approved');
    // Not ours: the catalog document falls through to the default item.
    expect(await item('demo-shop')).not.toHaveTextContent('Not approved');
    expect(await item('demo-shop')).not.toHaveTextContent('Cluster:');
  });
});
