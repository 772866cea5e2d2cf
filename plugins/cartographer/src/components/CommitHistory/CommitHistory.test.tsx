/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithCartographer } from '../../__testUtils__/renderWithCartographer';
import { fakeCartographerApi } from '../../__testUtils__/fakeCartographerApi';
import { shopFrontendHistory } from '../../__fixtures__/history';
import { CommitsCard } from './CommitsCard';
import {
  DeliveryMetricsCard,
  EntityDeliveryMetricsCard,
} from './DeliveryMetricsCard';

const workload = { cluster: 'local', namespace: 'dev', name: 'shop-frontend' };

describe('<CommitsCard />', () => {
  it('lists commits newest first, short and linked, with stage durations and the failure', async () => {
    await renderWithCartographer(<CommitsCard workload={workload} />);
    const table = await screen.findByRole('table', {
      name: 'Commits of workload shop-frontend',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(r => r.getAttribute('data-revision'))).toEqual([
      'main@sha1:0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e',
      'main@sha1:1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b',
    ]);
    expect(
      within(rows[0]).getByRole('link', { name: /^commit 0f9e8d7/ }),
    ).toHaveAttribute(
      'href',
      'https://github.com/sample-org/shop-frontend/commit/0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e',
    );
    expect(rows[0]).toHaveTextContent('Failed at image-builder');
    expect(rows[0]).toHaveTextContent('buildpack detection failed: no go.mod');
    expect(rows[0]).toHaveTextContent('image-builder: not reached');
    expect(rows[1]).toHaveTextContent('image-builder: 3m 20s');
    expect(rows[1]).toHaveTextContent('app-config: 30s');
    expect(rows[1]).toHaveTextContent('3m 50s');
    expect(rows[1]).toHaveTextContent('Published');
    expect(rows[1]).not.toHaveTextContent('Failed');
  });

  it('says when nothing is recorded yet', async () => {
    const api = fakeCartographerApi({
      getWorkloadHistory: jest.fn(async (_key: unknown) => ({
        stages: [],
        revisions: [],
        deliverables: [],
        observedLate: false,
      })),
    });
    await renderWithCartographer(<CommitsCard workload={workload} />, { api });
    expect(
      await screen.findByText(/No revision recorded yet/),
    ).toBeInTheDocument();
  });
});

describe('<CommitsCard /> with changes recorded late', () => {
  it('says so in a note, not an alert: nothing is wrong', async () => {
    const api = fakeCartographerApi({
      getWorkloadHistory: jest.fn(async () => ({
        ...shopFrontendHistory,
        observedLate: true,
      })),
    });
    await renderWithCartographer(<CommitsCard workload={workload} />, { api });
    expect(await screen.findByRole('note')).toHaveTextContent(
      /recorded after the fact/,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('<DeliveryMetricsCard />', () => {
  it('shows the four metrics and asks again for another window', async () => {
    const { api } = await renderWithCartographer(
      <DeliveryMetricsCard workload={workload} />,
    );
    const frequency = await screen.findByText('Deployment frequency');
    expect(frequency.parentElement).toHaveTextContent(
      '1 configs published, 0 delivered',
    );
    expect(
      document.querySelector('[data-metric="Lead time for changes"]'),
    ).toHaveTextContent('3m 50s');
    expect(
      document.querySelector('[data-metric="Change failure rate"]'),
    ).toHaveTextContent('50%1 of 2 revisions failed');
    expect(
      screen.getByRole('img', {
        name: /Median time per stage: image-builder 200 s, app-config 30 s/,
      }),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '90 days' }));
    await waitFor(() =>
      expect(api.getWorkloadMetrics).toHaveBeenLastCalledWith(workload, '90d'),
    );
  });
});

describe('<EntityDeliveryMetricsCard />', () => {
  it.each([
    ['System', 'demo-shop', "Of the workloads of demo-shop's components"],
    ['Group', 'team-web', "Of the workloads of team-web's components"],
    ['Component', 'shop-frontend', 'Of the workloads of shop-frontend'],
  ])(
    'on a %s page asks for its entity ref and says whose workloads count',
    async (kind, name, subheader) => {
      const entity = {
        apiVersion: 'backstage.io/v1alpha1',
        kind,
        metadata: { name, namespace: 'default' },
      };
      const { api } = await renderWithCartographer(
        <EntityDeliveryMetricsCard />,
        { entity },
      );
      expect(await screen.findByText('Deployment frequency')).toBeVisible();
      expect(screen.getByText(subheader, { exact: true })).toBeVisible();
      const entityRef = `${kind.toLocaleLowerCase('en-US')}:default/${name}`;
      expect(api.getMetrics).toHaveBeenLastCalledWith({
        entityRef,
        window: '30d',
      });
      expect(api.getWorkloadMetrics).not.toHaveBeenCalled();
      fireEvent.click(screen.getByRole('button', { name: '7 days' }));
      await waitFor(() =>
        expect(api.getMetrics).toHaveBeenLastCalledWith({
          entityRef,
          window: '7d',
        }),
      );
    },
  );
});
