/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { specFacts, WorkloadSpecSummary } from './WorkloadSpecSummary';

describe('WorkloadSpecSummary', () => {
  it('lists every setting of the spec as one row with its kind', () => {
    expect(
      specFacts({
        params: [
          { name: 'build_status', value: 'failed' },
          { name: 'ports', value: [8080] },
        ],
        serviceAccountName: 'builder',
        env: [{ name: 'MODE', value: 'prod' }, { name: 'TOKEN' }],
        resources: { requests: { cpu: '100m' }, limits: { memory: '1Gi' } },
        serviceClaims: [
          { name: 'db', ref: { kind: 'Secret', name: 'db-creds' } },
        ],
      } as any),
    ).toEqual([
      { kind: 'Param', name: 'build_status', value: 'failed' },
      { kind: 'Param', name: 'ports', value: '[8080]' },
      { kind: 'Service account', name: '—', value: 'builder' },
      { kind: 'Env', name: 'MODE', value: 'prod' },
      { kind: 'Env', name: 'TOKEN', value: '(from reference)' },
      { kind: 'Request', name: 'cpu', value: '100m' },
      { kind: 'Limit', name: 'memory', value: '1Gi' },
      { kind: 'Service claim', name: 'db', value: 'Secret/db-creds' },
    ]);
  });

  it('shows the params in a named table, and says so when nothing is set', async () => {
    const { unmount } = await renderInTestApp(
      <WorkloadSpecSummary
        spec={{
          params: [{ name: 'build_message', value: 'detection failed' }],
        }}
      />,
    );
    const table = screen.getByRole('table', { name: 'Workload settings' });
    const row = within(table).getByRole('row', { name: /build_message/ });
    expect(row).toHaveTextContent('detection failed');
    unmount();

    await renderInTestApp(<WorkloadSpecSummary spec={{}} />);
    expect(
      screen.getByText('No params, env, resources or service claims set.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
