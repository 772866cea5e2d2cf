/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { stampedHistory } from '@internal/plugin-cartographer-common';
import { screen, within } from '@testing-library/react';
import { StampedHistory } from './StampedHistory';

const job = (name: string, createdAt: string, result: string) => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name, creationTimestamp: createdAt },
  spec: {},
  data: { result },
});
const history = stampedHistory(
  [
    job('risk-engine-tests-a', '2026-12-01T10:00:00Z', 'passed'),
    job('risk-engine-tests-b', '2026-12-01T10:05:00Z', 'failed'),
  ],
  'risk-engine-tests-b',
  {
    multiMatch: {
      healthy: {
        matchFields: [
          { key: '.data.result', operator: 'In', values: ['passed'] },
        ],
      },
      unhealthy: {
        matchFields: [
          { key: '.data.result', operator: 'In', values: ['failed'] },
        ],
      },
    },
  },
);

describe('<StampedHistory />', () => {
  it('lists the latest object first, marked, and the earlier ones with their health', async () => {
    await renderInTestApp(<StampedHistory history={history} kind="Job" />);
    const list = screen.getByRole('list', {
      name: 'Job stamped for this stage, newest first',
    });
    const [latest, earlier] = within(list).getAllByRole('listitem');
    expect(latest).toHaveTextContent('risk-engine-tests-b');
    expect(latest).toHaveTextContent('Unhealthy');
    expect(latest).toHaveTextContent(
      'field value: failed, message: unknown, error retrieving message path []',
    );
    expect(latest).toHaveTextContent('latest: the stage shows it');
    expect(latest).toHaveAttribute('data-current', 'true');
    expect(earlier).toHaveTextContent('risk-engine-tests-a');
    expect(earlier).toHaveTextContent(/^Healthy/);
    expect(earlier).toHaveTextContent('outputs are read from it');
    expect(earlier).not.toHaveAttribute('data-current');
  });

  it('says when nothing was stamped yet', async () => {
    await renderInTestApp(<StampedHistory history={[]} kind="Job" />);
    expect(
      screen.getByText('No Job stamped for this stage yet.'),
    ).toBeInTheDocument();
  });
});
