/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { imageBuilderStage } from '../../__fixtures__/cartographer';
import { StageOutputs } from './StageOutputs';

const stage = imageBuilderStage.stage;

describe('<StageOutputs />', () => {
  it('shows each output with its digest and preview', async () => {
    await renderInTestApp(
      <StageOutputs
        node={{
          ...stage,
          outputs: [
            {
              name: 'image',
              digest: 'sha256:abc123',
              preview: 'registry.local/apps/fraud-detector@sha256:abc123',
            },
          ],
        }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'image' })).toBeInTheDocument();
    expect(screen.getByText('sha256:abc123')).toBeInTheDocument();
    expect(
      await screen.findByText(/registry\.local\/apps\/fraud-detector/),
    ).toBeInTheDocument();
  });

  it('says so when the stage has produced nothing yet', async () => {
    await renderInTestApp(<StageOutputs node={{ ...stage, outputs: [] }} />);
    expect(screen.getByText('No outputs yet.')).toBeInTheDocument();
  });
});
