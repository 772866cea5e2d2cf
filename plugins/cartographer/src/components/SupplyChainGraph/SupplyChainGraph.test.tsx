/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { buildSupplyChainGraph } from '@internal/plugin-cartographer-common';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fraudDetectorDetail,
  longCustomChain,
  shopFrontendDetail,
  sourceToUrlSummary,
} from '../../__fixtures__/cartographer';
import { SupplyChainGraph } from './SupplyChainGraph';

const transform = () => screen.getByTestId('graph-canvas').style.transform;
const stage = (name: string) =>
  document.querySelector(`[data-stage="${name}"]`) as HTMLElement;

describe('<SupplyChainGraph />', () => {
  it('shows each stage with kind, template, state in words and age', async () => {
    await renderInTestApp(
      <SupplyChainGraph
        graph={fraudDetectorDetail.graph!}
        label="Supply chain"
        onSelectStage={jest.fn()}
      />,
    );
    const source = stage('source-provider');
    expect(source).toHaveTextContent('GitRepository');
    expect(source).toHaveTextContent('ClusterSourceTemplate/git-source');
    expect(source).toHaveTextContent('Ready');
    // Five minutes when the fixture loaded; a busy machine may add one.
    expect(source).toHaveTextContent(/changed [56]m ago/);

    const builder = stage('image-builder');
    expect(builder).toHaveAttribute('data-state', 'failed');
    expect(builder).toHaveTextContent('Failed · BuildFailed');

    // Stages after the failure were never reached: say so, not "Unknown".
    expect(stage('config-provider')).toHaveTextContent('Not started');
    expect(stage('config-provider')).not.toHaveTextContent('Unknown');
  });

  it('labels edges with the artifact and its short digest', async () => {
    await renderInTestApp(
      <SupplyChainGraph
        graph={shopFrontendDetail.graph!}
        label="Supply chain"
      />,
    );
    const label = document.querySelector(
      '[data-edge-label="source-provider:revision"]',
    )!;
    expect(label).toHaveTextContent('revision');
    const digest = shopFrontendDetail
      .graph!.nodes[0].outputs.find(o => o.name === 'revision')!
      .shortDigest!.slice(0, 8);
    expect(label).toHaveTextContent(digest);
    expect(label.querySelector('title')?.textContent).toContain('main@sha1:');
    // Screen readers get the same from the consuming stage.
    expect(stage('image-builder')).toHaveTextContent(
      `Inputs: source from source-provider (revision ${digest})`,
    );
  });

  it('zooms with the buttons and keys, and fits back', async () => {
    await renderInTestApp(
      <SupplyChainGraph
        graph={shopFrontendDetail.graph!}
        label="Supply chain"
      />,
    );
    expect(transform()).toBe('translate(0px, 0px) scale(1)');
    // Buttons zoom around the viewport's centre (jsdom: 0 wide, 160 high).
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(transform()).toBe('translate(0px, -20px) scale(1.25)');
    expect(screen.getByTestId('graph-zoom')).toHaveTextContent('125%');
    await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(transform()).toBe('translate(0px, 16px) scale(0.8)');

    const viewport = screen.getByTestId('graph-viewport');
    viewport.focus();
    await userEvent.keyboard('+');
    expect(transform()).toBe('translate(0px, 0px) scale(1)');
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    expect(transform()).toBe('translate(-48px, -48px) scale(1)');
    await userEvent.keyboard('-');
    expect(transform()).toBe('translate(-38px, -22px) scale(0.8)');
    await userEvent.click(
      screen.getByRole('button', { name: 'Reset to 100%' }),
    );
    expect(transform()).toBe('translate(0px, 0px) scale(1)');
  });

  it('zooms around the pointer with Ctrl + wheel and pans sideways with Shift + wheel', async () => {
    await renderInTestApp(
      <SupplyChainGraph
        graph={shopFrontendDetail.graph!}
        label="Supply chain"
      />,
    );
    const viewport = screen.getByTestId('graph-viewport');
    fireEvent.wheel(viewport, {
      deltaY: -100,
      ctrlKey: true,
      clientX: 100,
      clientY: 50,
    });
    // exp(0.2) ≈ 1.221; the point (100, 50) stays under the pointer.
    expect(transform()).toBe('translate(-22px, -11px) scale(1.221)');

    fireEvent.wheel(viewport, { deltaY: 30, shiftKey: true });
    expect(transform()).toBe('translate(-52px, -11px) scale(1.221)');

    // A plain vertical wheel scrolls the page, not the graph.
    const plain = fireEvent.wheel(viewport, { deltaY: 100 });
    expect(plain).toBe(true);
    expect(transform()).toBe('translate(-52px, -11px) scale(1.221)');
  });

  it('pans by dragging, and a drag does not open a stage', async () => {
    const onSelectStage = jest.fn();
    await renderInTestApp(
      <SupplyChainGraph
        graph={shopFrontendDetail.graph!}
        label="Supply chain"
        onSelectStage={onSelectStage}
      />,
    );
    const viewport = screen.getByTestId('graph-viewport');
    const node = stage('image-builder');
    fireEvent.pointerDown(node, {
      pointerId: 1,
      button: 0,
      clientX: 10,
      clientY: 10,
    });
    fireEvent.pointerMove(node, { pointerId: 1, clientX: 70, clientY: 40 });
    fireEvent.pointerUp(node, { pointerId: 1, clientX: 70, clientY: 40 });
    fireEvent.click(node);
    expect(transform()).toBe('translate(60px, 30px) scale(1)');
    expect(onSelectStage).not.toHaveBeenCalled();

    // A click without movement selects.
    fireEvent.pointerDown(node, {
      pointerId: 2,
      button: 0,
      clientX: 5,
      clientY: 5,
    });
    fireEvent.pointerUp(node, { pointerId: 2, clientX: 5, clientY: 5 });
    fireEvent.click(node);
    expect(onSelectStage).toHaveBeenCalledWith('image-builder');
    expect(viewport).toBeInTheDocument();
  });

  it('makes stages reachable with Tab and opens them with Enter', async () => {
    const onSelectStage = jest.fn();
    await renderInTestApp(
      <SupplyChainGraph
        graph={shopFrontendDetail.graph!}
        label="Supply chain"
        onSelectStage={onSelectStage}
      />,
    );
    screen.getByTestId('graph-viewport').focus();
    await userEvent.tab();
    expect(stage('source-provider')).toHaveFocus();
    await userEvent.tab();
    expect(stage('image-builder')).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onSelectStage).toHaveBeenCalledWith('image-builder');
  });

  it('draws any custom chain of 14 stages, options included', async () => {
    const graph = buildSupplyChainGraph(longCustomChain(13));
    await renderInTestApp(
      <SupplyChainGraph graph={graph} label="Custom" withStatus={false} />,
    );
    const list = screen.getByRole('list', { name: 'Stages of Custom' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(14);
    expect(stage('audit')).toHaveTextContent(
      'options: audit-basic | passThrough:config',
    );
    expect(document.querySelectorAll('[data-edge]')).toHaveLength(
      graph.edges.length,
    );
  });

  it('shows a chain design without states for the catalogue', async () => {
    await renderInTestApp(
      <SupplyChainGraph
        graph={sourceToUrlSummary.graph}
        label="source-to-url"
        withStatus={false}
      />,
    );
    expect(stage('image-builder')).toHaveTextContent('ClusterImageTemplate');
    expect(stage('image-builder')).not.toHaveTextContent('Not started');
    expect(
      screen.queryByRole('button', { name: /image-builder/ }),
    ).not.toBeInTheDocument();
  });
});
