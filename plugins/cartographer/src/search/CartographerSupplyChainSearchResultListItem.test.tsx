/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { CartographerSupplyChainDocument } from '@internal/plugin-cartographer-common';
import { CartographerSupplyChainSearchResultListItem } from './CartographerSupplyChainSearchResultListItem';

const document: CartographerSupplyChainDocument = {
  title: 'experimental-chain',
  text: 'Supply chain experimental-chain on cluster local. Selects workloads with apps.tanzu.vmware.com/experimental=true.',
  location: '/cartographer/supply-chains/local/experimental-chain',
  cluster: 'local',
  kind: 'ClusterSupplyChain',
  name: 'experimental-chain',
  selectors: 'apps.tanzu.vmware.com/experimental=true',
  templates: ['source-provider (ClusterSourceTemplate git)'],
  approved: false,
  approval: 'missing label cartographer.backstage.io/approved=true',
  ready: 'True',
};

describe('<CartographerSupplyChainSearchResultListItem />', () => {
  it('shows the chain linking to its page with readiness, cluster and approval', async () => {
    await renderInTestApp(
      <CartographerSupplyChainSearchResultListItem result={document} />,
    );
    expect(
      screen.getByRole('link', { name: 'experimental-chain' }),
    ).toHaveAttribute('href', document.location);
    expect(
      screen.getByText(/apps.tanzu.vmware.com\/experimental=true\.$/),
    ).toBeInTheDocument();
    expect(screen.getByText('Ready')).toBeInTheDocument();
    expect(screen.getByText('Cluster: local')).toBeInTheDocument();
    expect(screen.getByText('Not approved').closest('[title]')).toHaveAttribute(
      'title',
      document.approval,
    );
  });
});
