/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { Diagnosis } from '@internal/plugin-cartographer-common';
import { screen } from '@testing-library/react';
import { DiagnosisBanner } from './DiagnosisBanner';

const ready: Diagnosis = {
  state: 'ready',
  category: 'healthy',
  summary: 'The workload is Ready.',
  reason: 'Ready',
  staleStatus: false,
};

describe('<DiagnosisBanner />', () => {
  it('shows nothing for a Ready workload', async () => {
    await renderInTestApp(<DiagnosisBanner diagnosis={ready} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so, as information, when Ready describes an older spec', async () => {
    await renderInTestApp(
      <DiagnosisBanner
        diagnosis={{
          ...ready,
          category: 'stale',
          summary:
            'Ready, but Cartographer has not processed the latest change yet (generation 3, observed 2).',
          staleStatus: true,
        }}
      />,
    );
    const banner = screen.getByRole('alert');
    expect(banner).toHaveTextContent('Waiting for Cartographer');
    expect(banner).toHaveTextContent('generation 3, observed 2');
    expect(banner.className).toMatch(/Info/);
  });
});
