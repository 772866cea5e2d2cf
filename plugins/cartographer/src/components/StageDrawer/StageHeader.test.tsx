/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { imageBuilderStage } from '../../__fixtures__/cartographer';
import { StageHeader } from './StageHeader';

describe('<StageHeader />', () => {
  it('names the stage and the object it stamped, and closes', async () => {
    const onClose = jest.fn();
    await renderInTestApp(
      <StageHeader
        stage={{
          ...imageBuilderStage.stage,
          stampedRef: {
            kind: 'Image',
            namespace: 'apps',
            name: 'fraud-detector-image-builder',
            apiVersion: 'kpack.io/v1alpha2',
          },
        }}
        headingId="h"
        onClose={onClose}
      />,
    );
    expect(
      screen.getByRole('heading', { name: 'Stage image-builder' }),
    ).toHaveAttribute('id', 'h');
    expect(
      screen.getByText(
        'Image apps/fraud-detector-image-builder (kpack.io/v1alpha2)',
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Close stage details' }),
    );
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
