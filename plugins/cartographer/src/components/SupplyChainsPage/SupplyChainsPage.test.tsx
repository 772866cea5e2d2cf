/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { deliveryBasicDetail } from '../../__fixtures__/cartographer';
import {
  fakeCartographerApi,
  responseError,
} from '../../__testUtils__/fakeCartographerApi';
import { renderWithCartographer } from '../../__testUtils__/renderWithCartographer';
import { SupplyChainsPage } from './SupplyChainsPage';

function renderPage(path: string, api = fakeCartographerApi()) {
  return renderWithCartographer(<SupplyChainsPage withHeader={false} />, {
    api,
    apis: [[catalogApiRef, catalogApiMock({ entities: [] })]],
    mountPath: '/cartographer/supply-chains/*',
    initialRouteEntries: [path],
  });
}

const card = (name: string) =>
  screen
    .getAllByText(name)
    .map(el => el.closest('[class*="MuiCard-root"]'))
    .find(Boolean) as HTMLElement;

describe('<SupplyChainsPage />', () => {
  it('shows each chain with readiness, approval, selector terms and workload counts', async () => {
    await renderPage('/cartographer/supply-chains');
    await screen.findByText('experimental-chain');

    const approved = card('source-to-url');
    expect(approved).toHaveTextContent('Approved for onboarding');
    expect(approved).toHaveTextContent('1 Ready');
    expect(approved).toHaveTextContent('1 Failed');
    expect(
      within(approved).getByRole('link', { name: 'List them' }),
    ).toHaveAttribute('href', '/cartographer/supply-chains/dev/source-to-url');

    const experimental = card('experimental-chain');
    expect(experimental).toHaveTextContent('Not approved for onboarding');
    expect(experimental).toHaveTextContent('Not ready');
    expect(experimental).toHaveTextContent('TemplatesNotFound');
    expect(experimental).toHaveTextContent(
      'did not find the template of the component(s): scanner',
    );
    expect(
      within(experimental).getByRole('list', {
        name: 'Selector terms (all must match)',
      }),
    ).toHaveTextContent('experimental');
  });

  it('filters the catalogue by text, including selector terms', async () => {
    await renderPage('/cartographer/supply-chains');
    await screen.findByText('experimental-chain');
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search' }),
      'worker-beta',
    );
    await waitFor(() =>
      expect(screen.queryByText('source-to-url')).not.toBeInTheDocument(),
    );
    expect(screen.getByText('experimental-chain')).toBeInTheDocument();

    await userEvent.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search' }),
      'no such chain',
    );
    expect(
      await screen.findByText('No supply chain matches'),
    ).toBeInTheDocument();
  });

  it("lists a chain's workloads on its own page, with its params", async () => {
    const api = fakeCartographerApi();
    await renderPage('/cartographer/supply-chains/dev/source-to-url', api);
    expect(
      await screen.findByText('Workloads on source-to-url (2)'),
    ).toBeInTheDocument();
    expect(api.getSupplyChain).toHaveBeenCalledWith('dev', 'source-to-url');
    expect(
      screen.getByRole('link', { name: 'fraud-detector' }),
    ).toHaveAttribute(
      'href',
      '/cartographer/workloads/dev/apps/fraud-detector',
    );
    expect(
      screen.getByRole('table', { name: 'Params of source-to-url' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Supply chains' })).toHaveAttribute(
      'href',
      '/cartographer/supply-chains',
    );
  });

  it('lists the Deliverables of a delivery with their workloads, an orphan and a hidden notice', async () => {
    const api = fakeCartographerApi();
    api.getSupplyChain.mockResolvedValue(deliveryBasicDetail);
    await renderPage('/cartographer/supply-chains/prod/delivery-basic', api);
    expect(
      await screen.findByText('Deliverables on delivery-basic (2)'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'dev / apps/shop-frontend' }),
    ).toHaveAttribute('href', '/cartographer/workloads/dev/apps/shop-frontend');
    const orphan = screen.getByText('retired-app').closest('tr')!;
    expect(orphan).toHaveTextContent('No workload on any cluster');
    expect(
      screen.getByText(
        'Some deliverables of this delivery are hidden from you.',
      ),
    ).toBeInTheDocument();
    // A delivery selects no workloads: no empty workloads table.
    expect(screen.queryByText(/^Workloads on/)).not.toBeInTheDocument();
    // Nor a count of none selected, and its selector speaks of Deliverables.
    expect(screen.queryByText('Selects no workload.')).not.toBeInTheDocument();
    expect(screen.queryByText(/^Workloads need/)).not.toBeInTheDocument();
    expect(screen.getByText(/^Deliverables need/)).toBeInTheDocument();
    // Where each runs, under its name.
    expect(orphan).toHaveTextContent('apps · prod');
  });

  it('explains a permission denial instead of an empty catalogue', async () => {
    const denied = await responseError(
      403,
      'NotAllowedError',
      'you may not read supply chains',
    );
    await renderPage(
      '/cartographer/supply-chains',
      fakeCartographerApi({
        getSupplyChains: jest.fn().mockRejectedValue(denied),
      }),
    );
    expect(await screen.findByText('Permission denied')).toBeInTheDocument();
    expect(screen.queryByText('No supply chains')).not.toBeInTheDocument();
  });
});
