/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { experimentalChainDocument } from '../__fixtures__/searchDocuments';
import { CartographerSupplyChainSearchResultListItem } from './CartographerSupplyChainSearchResultListItem';

const document = experimentalChainDocument;

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
