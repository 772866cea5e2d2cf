/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { renderInTestApp } from '@backstage/test-utils';
import {
  buildSupplyChainGraph,
  ClusterSupplyChain,
} from '@internal/plugin-cartographer-common';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SupplyChainGraph } from './SupplyChainGraph';

const chain: ClusterSupplyChain = {
  kind: 'ClusterSupplyChain',
  metadata: { name: 'c' },
  spec: {
    resources: [
      {
        name: 'source-provider',
        templateRef: { kind: 'ClusterSourceTemplate', name: 'git' },
      },
      {
        name: 'image-builder',
        templateRef: { kind: 'ClusterImageTemplate', name: 'kpack' },
        sources: [{ resource: 'source-provider', name: 'source' }],
      },
    ],
  },
};

const graph = buildSupplyChainGraph(chain, {
  kind: 'Workload',
  metadata: { name: 'w' },
  status: {
    resources: [
      {
        name: 'source-provider',
        outputs: [
          {
            name: 'revision',
            digest: 'sha256:abcdef0123456789',
            preview: 'main',
          },
        ],
        conditions: [{ type: 'Ready', status: 'True' }],
      },
      {
        name: 'image-builder',
        conditions: [
          {
            type: 'Healthy',
            status: 'False',
            reason: 'MatchedField',
            message: 'build failed',
          },
          { type: 'Ready', status: 'False' },
        ],
      },
    ],
  },
});

describe('<SupplyChainGraph />', () => {
  it('shows each stage with its state in words and its input digest', async () => {
    await renderInTestApp(<SupplyChainGraph graph={graph} />);
    const builder = screen.getByText('image-builder').closest('button')!;
    expect(builder).toHaveAttribute('data-state', 'failed');
    expect(builder).toHaveTextContent('Failed');
    expect(builder).toHaveTextContent(
      '← source-provider as source @abcdef012345',
    );
    expect(
      screen.getByText('source-provider').closest('button'),
    ).toHaveTextContent('Ready');
  });

  it('zooms with the buttons and the wheel, pans by dragging, and resets', async () => {
    await renderInTestApp(<SupplyChainGraph graph={graph} />);
    const canvas = screen.getByTestId('graph-canvas');
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(canvas.style.transform).toBe('translate(0px, 0px) scale(1.25)');
    fireEvent.wheel(screen.getByTestId('graph-viewport'), { deltaY: 100 });
    expect(canvas.style.transform).toBe('translate(0px, 0px) scale(1.136)');
    const viewport = screen.getByTestId('graph-viewport');
    fireEvent.pointerDown(viewport, { clientX: 10, clientY: 10 });
    fireEvent.pointerMove(viewport, { clientX: 60, clientY: 30 });
    fireEvent.pointerUp(viewport);
    expect(canvas.style.transform).toBe('translate(50px, 20px) scale(1.136)');
    await userEvent.click(screen.getByRole('button', { name: 'Reset view' }));
    expect(canvas.style.transform).toBe('translate(0px, 0px) scale(1)');
  });

  it('opens a stage from the keyboard', async () => {
    const onSelect = jest.fn();
    await renderInTestApp(
      <SupplyChainGraph graph={graph} onSelect={onSelect} />,
    );
    screen.getByText('image-builder').closest('button')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('image-builder');
  });
});
