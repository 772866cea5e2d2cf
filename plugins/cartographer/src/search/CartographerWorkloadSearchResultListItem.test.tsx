/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { fraudDetectorDocument } from '../__fixtures__/searchDocuments';
import { CartographerWorkloadSearchResultListItem } from './CartographerWorkloadSearchResultListItem';

const document = fraudDetectorDocument;

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
