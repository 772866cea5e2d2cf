/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { YamlBlock } from './YamlBlock';

// CodeSnippet loads its highlighter lazily: find, not get.
describe('<YamlBlock />', () => {
  it('shows the YAML, with a copy button only when asked', async () => {
    const { unmount } = await renderInTestApp(
      <YamlBlock text={'kind: Image\nmetadata:\n  name: app\n'} copyable />,
    );
    expect(await screen.findByText(/kind/)).toBeInTheDocument();
    expect(screen.getByRole('button')).toBeInTheDocument();
    unmount();

    await renderInTestApp(<YamlBlock text="kind: Image" />);
    expect(await screen.findByText(/Image/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
