/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { renderInTestApp } from '@backstage/test-utils';
import { StatusLabel } from './StatusLabel';

describe('StatusLabel', () => {
  it.each([
    ['ready', 'Ready', 'Ready'],
    ['failed', 'BuildFailed', 'Failed · BuildFailed'],
    ['ready', undefined, 'Ready'],
  ] as const)(
    'state %s with reason %s reads %s',
    async (state, reason, text) => {
      const { container } = await renderInTestApp(
        <StatusLabel state={state} reason={reason} />,
      );
      expect(container).toHaveTextContent(new RegExp(`^${text}$`));
    },
  );
});
