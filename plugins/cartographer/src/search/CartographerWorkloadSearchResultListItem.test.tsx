/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { CartographerWorkloadDocument } from '@internal/plugin-cartographer-common';
import { CartographerWorkloadSearchResultListItem } from './CartographerWorkloadSearchResultListItem';

const document: CartographerWorkloadDocument = {
  title: 'fraud-detector',
  text: 'Workload fraud-detector in namespace payments on cluster local. Supply chain: source-to-url. State: failed (BuildFailed). buildpack detection failed: no go.mod found.',
  location:
    '/catalog/default/component/fraud-detector/supply-chain?workload=local%2Fpayments%2Ffraud-detector',
  authorization: { resourceRef: 'local/payments/fraud-detector' },
  cluster: 'local',
  namespace: 'payments',
  name: 'fraud-detector',
  state: 'failed',
  reason: 'BuildFailed',
  supplyChain: 'source-to-url',
  owner: 'group:default/team-payments',
};

describe('<CartographerWorkloadSearchResultListItem />', () => {
  it('shows the name linking to the Supply Chain tab, the state and where it runs', async () => {
    await renderInTestApp(
      <CartographerWorkloadSearchResultListItem result={document} />,
    );
    expect(
      screen.getByRole('link', { name: 'fraud-detector' }),
    ).toHaveAttribute('href', document.location);
    expect(screen.getByText(/buildpack detection failed/)).toBeInTheDocument();
    expect(screen.getByText('Failed · BuildFailed')).toBeInTheDocument();
    expect(screen.getByText('local / payments')).toBeInTheDocument();
    expect(screen.getByText('Supply chain: source-to-url')).toBeInTheDocument();
    expect(
      screen.getByText('Owner: group:default/team-payments'),
    ).toBeInTheDocument();
  });

  it('highlights the matched words the engine returned', async () => {
    await renderInTestApp(
      <CartographerWorkloadSearchResultListItem
        result={document}
        highlight={{
          preTag: '<em>',
          postTag: '</em>',
          fields: {
            text: 'State: failed. <em>buildpack</em> detection failed',
          },
        }}
      />,
    );
    expect(screen.getByText('buildpack').tagName).toBe('MARK');
  });

  it('renders nothing without a result', async () => {
    const { container } = await renderInTestApp(
      <CartographerWorkloadSearchResultListItem />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
