/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BackendNotInstalledError } from '../../api';
import {
  fraudDetector,
  notInstalledCluster,
  readyCluster,
  reportWorker,
  searchUi,
  shopFrontend,
  shopFrontendOnEdge,
  shopFrontendOnEdgeDetail,
  shopFrontendDetail,
  shopFrontendHiddenDeliveryDetail,
  shopFrontendTwoRunsDetail,
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
import { EntitySupplyChainContent } from './EntitySupplyChainContent';

const stage = (name: string) =>
  document.querySelector(`[data-stage="${name}"]`) as HTMLElement;

function apiWith(...items: (typeof shopFrontend)[]) {
  return fakeCartographerApi({
    getWorkloads: jest.fn(async () => workloadsResponse(items)),
  });
}

/** The tab of shop-frontend, whose detail the backend answers with `detail`. */
async function renderShopFrontendWith(detail: typeof shopFrontendDetail) {
  const api = apiWith(shopFrontend);
  api.getWorkload.mockResolvedValue(detail);
  await renderWithCartographer(<EntitySupplyChainContent />, {
    api,
    entity: componentEntity(),
  });
}

describe('<EntitySupplyChainContent />', () => {
  it('asks the backend for the entity workloads and shows a Ready workload', async () => {
    const api = apiWith(shopFrontend);
    await renderWithCartographer(<EntitySupplyChainContent />, {
      api,
      entity: componentEntity(),
    });
    expect(
      await screen.findByText('Supply chain source-to-url'),
    ).toBeInTheDocument();
    expect(api.getWorkloads).toHaveBeenCalledWith({
      entityRef: 'component:default/shop-frontend',
      limit: 200,
    });
    expect(api.getWorkload).toHaveBeenCalledWith({
      cluster: 'dev',
      namespace: 'apps',
      name: 'shop-frontend',
    });
    const header = screen.getByRole('heading', {
      name: 'shop-frontend',
      level: 3,
    });
    expect(header.parentElement).toHaveTextContent('Ready');
    expect(
      within(header.closest('div')!.parentElement!).getByRole('link', {
        name: 'source-to-url',
      }),
    ).toHaveAttribute('href', '/cartographer/supply-chains/dev/source-to-url');
    // Source links to the commit the source stage produced.
    expect(screen.getByRole('link', { name: /8c9d1e2f/ })).toHaveAttribute(
      'href',
      'https://github.com/sample-org/shop-frontend/commit/8c9d1e2f3a4b5c6d7e8f90a1b2c3d4e5f6a7b8c9',
    );
    expect(screen.getByText('created 3d ago')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(
      [
        'source-provider',
        'image-builder',
        'config-provider',
        'app-config',
        'config-writer',
      ].map(s => stage(s).dataset.state),
    ).toEqual(['ready', 'ready', 'ready', 'ready', 'ready']);
    // Why this chain: the selected one first.
    const selected = document.querySelector(
      '[data-candidate="source-to-url"]',
    )!;
    expect(selected).toHaveTextContent('Selected');
    expect(selected).toHaveTextContent(
      'apps.tanzu.vmware.com/workload-type = web: matched',
    );
    // The deliverable on another cluster, with its delivery graph.
    expect(screen.getByText('Delivery on cluster prod')).toBeInTheDocument();
    expect(
      screen.getByText('Handed over from cluster dev'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Deliverable\s/)).toHaveTextContent(
      'Deliverable apps/shop-frontend on cluster prod · delivery delivery-basic',
    );
    expect(stage('app-deploy')).toHaveTextContent('Ready');
    expect(screen.queryByText(/not shown/)).not.toBeInTheDocument();
  });

  it('shows a Deliverable on each run cluster, an unreachable one as stale', async () => {
    await renderShopFrontendWith(shopFrontendTwoRunsDetail);
    expect(
      await screen.findByText('Delivery on cluster prod'),
    ).toBeInTheDocument();
    expect(screen.getByText('Delivery on cluster prod-eu')).toBeInTheDocument();
    expect(
      screen.getAllByText(
        /is unreachable: this is the last known state of the Deliverable/,
      ),
    ).toHaveLength(1);
    expect(
      screen.getByText(/Cluster prod-eu is unreachable/),
    ).toBeInTheDocument();
  });

  it('says that deliveries are hidden without naming their cluster', async () => {
    await renderShopFrontendWith(shopFrontendHiddenDeliveryDetail);
    expect(
      await screen.findByText(
        "Some of this workload's deliveries are on clusters you may not see, so they are not shown.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Delivery on cluster/)).not.toBeInTheDocument();
  });

  it('names the failing stage and its message', async () => {
    await renderWithCartographer(<EntitySupplyChainContent />, {
      api: apiWith(fraudDetector),
      entity: componentEntity('fraud-detector'),
    });
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Blocked at stage image-builder');
    expect(banner).toHaveTextContent('buildpack detection failed');
    expect(
      within(banner).getByText(/Message from Cartographer/),
    ).toBeInTheDocument();
    expect(stage('image-builder')).toHaveTextContent('Failed · BuildFailed');
    expect(stage('config-provider')).toHaveTextContent('Not started');
  });

  it('explains a workload no supply chain selects', async () => {
    await renderWithCartographer(<EntitySupplyChainContent />, {
      api: apiWith(reportWorker),
      entity: componentEntity('report-worker'),
    });
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('No supply chain selects this workload');
    expect(screen.getByText('Why no supply chain')).toBeInTheDocument();
    const candidate = document.querySelector(
      '[data-candidate="source-to-url"]',
    )!;
    expect(candidate).toHaveTextContent('Does not match');
    expect(candidate).toHaveTextContent(
      'apps.tanzu.vmware.com/workload-type = web: failed — label apps.tanzu.vmware.com/workload-type is "worker", not "web"',
    );
    expect(
      screen.getByText(/No supply chain has selected this workload/),
    ).toBeInTheDocument();
  });

  it('explains an ambiguous selection with the tied chains', async () => {
    await renderWithCartographer(<EntitySupplyChainContent />, {
      api: apiWith(searchUi),
      entity: componentEntity('search-ui'),
    });
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Several supply chains match');
    await waitFor(() =>
      expect(
        document.querySelector('[data-candidate="source-test-to-url"]'),
      ).toHaveTextContent('Tied for best'),
    );
    expect(
      document.querySelector('[data-candidate="experimental-chain"]'),
    ).toHaveTextContent('Tied for best');
    expect(
      document.querySelector('[data-candidate="source-to-url"]'),
    ).toHaveTextContent('Matches, less specific');
  });

  it('shows a stale cluster in place without hiding the healthy one', async () => {
    const api = fakeCartographerApi({
      getWorkloads: jest.fn(async () =>
        workloadsResponse(
          [shopFrontend, shopFrontendOnEdge],
          [readyCluster, unreachableCluster],
        ),
      ),
      getWorkload: jest.fn(async key =>
        key.cluster === 'edge' ? shopFrontendOnEdgeDetail : shopFrontendDetail,
      ),
    });
    await renderWithCartographer(<EntitySupplyChainContent />, {
      api,
      entity: componentEntity(),
    });
    expect(
      await screen.findByText(
        /is unreachable \(connect ECONNREFUSED 10.0.0.7:6443\)/,
      ),
    ).toHaveTextContent(
      // The fixture is 42 minutes old when loaded; a busy machine adds one.
      /Its workloads show the last known state, from 4[23]m ago\./,
    );
    const edge = screen.getByRole('region', {
      name: 'Workload shop-frontend on edge',
    });
    expect(
      within(edge).getByText('stale: cluster unreachable'),
    ).toBeInTheDocument();
    const dev = screen.getByRole('region', {
      name: 'Workload shop-frontend on dev',
    });
    expect(
      within(dev).queryByText('stale: cluster unreachable'),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('navigation', { name: 'Workloads of this entity' }),
    ).toHaveTextContent('shop-frontend · edge/apps · Ready');
  });

  it('says which label to add when the entity has no workloads', async () => {
    await renderWithCartographer(<EntitySupplyChainContent />, {
      api: apiWith(),
      entity: componentEntity('billing'),
    });
    expect(
      await screen.findByText('No workloads for this entity'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /No Cartographer Workload you may see matches app.kubernetes.io\/part-of = billing/,
      ),
    ).toBeInTheDocument();
    expect(document.body).toHaveTextContent(
      'app.kubernetes.io/part-of: "billing"',
    );
  });

  it('uses the kubernetes-id label when that is the annotation', async () => {
    await renderWithCartographer(<EntitySupplyChainContent />, {
      api: apiWith(),
      entity: componentEntity('billing', {
        'backstage.io/kubernetes-id': 'billing-svc',
      }),
    });
    expect(
      await screen.findByText('No workloads for this entity'),
    ).toBeInTheDocument();
    expect(document.body).toHaveTextContent(
      'backstage.io/kubernetes-id: "billing-svc"',
    );
  });

  it('says when Cartographer is not installed on any cluster', async () => {
    await renderWithCartographer(<EntitySupplyChainContent />, {
      api: fakeCartographerApi({
        getWorkloads: jest.fn(async () =>
          workloadsResponse([], [notInstalledCluster]),
        ),
      }),
      entity: componentEntity(),
    });
    expect(
      await screen.findByText('Cartographer is not installed'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/None of the configured clusters \(legacy\)/),
    ).toBeInTheDocument();
  });

  it('explains a permission denial', async () => {
    const denied = await responseError(
      403,
      'NotAllowedError',
      'you may not read workloads',
    );
    await renderWithCartographer(<EntitySupplyChainContent />, {
      api: fakeCartographerApi({
        getWorkloads: jest.fn().mockRejectedValue(denied),
      }),
      entity: componentEntity(),
    });
    expect(await screen.findByText('Permission denied')).toBeInTheDocument();
    expect(screen.getByText(/you may not read workloads/)).toBeInTheDocument();
  });

  it('says how to install a missing backend', async () => {
    await renderWithCartographer(<EntitySupplyChainContent />, {
      api: fakeCartographerApi({
        getWorkloads: jest
          .fn()
          .mockRejectedValue(
            new BackendNotInstalledError(
              'http://localhost:7007/api/cartographer',
            ),
          ),
      }),
      entity: componentEntity(),
    });
    expect(
      await screen.findByText('The Cartographer backend is not installed'),
    ).toBeInTheDocument();
  });

  it('opens a stage from the keyboard with its conditions, outputs and events', async () => {
    const api = apiWith(fraudDetector);
    await renderWithCartographer(<EntitySupplyChainContent />, {
      api,
      entity: componentEntity('fraud-detector'),
    });
    await screen.findByText('Supply chain source-to-url');
    stage('image-builder').focus();
    await userEvent.keyboard('{Enter}');
    const drawer = await screen.findByRole('region', {
      name: 'Stage image-builder details',
    });
    expect(api.getStage).toHaveBeenCalledWith(
      { cluster: 'dev', namespace: 'apps', name: 'fraud-detector' },
      'image-builder',
    );
    expect(
      within(drawer).getByRole('heading', { name: 'Conditions' }),
    ).toBeInTheDocument();
    expect(
      within(drawer).getAllByText(/buildpack detection failed/).length,
    ).toBeGreaterThan(0);
    expect(
      await within(drawer).findByText('ResourceHealthyStatusChanged'),
    ).toBeInTheDocument();
    expect(
      within(drawer).getByRole('heading', { name: 'Stamped object' }),
    ).toBeInTheDocument();
    expect(within(drawer).getByText('LatestImage')).toBeInTheDocument();
    await userEvent.click(
      within(drawer).getByRole('button', { name: 'Close stage details' }),
    );
    await waitFor(() =>
      expect(
        screen.queryByRole('region', { name: 'Stage image-builder details' }),
      ).not.toBeInTheDocument(),
    );
  });
});
