/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ReactRouterV6PageRouter } from '@backstage/frontend-adapter-react-router-v6';
import { Route, Routes } from 'react-router-dom';
import { PageShell } from '../PageShell';
import { RunnablePage } from './RunnablePage';
import { RunnablesIndex } from './RunnablesIndex';

/**
 * Standalone Runnables and, below, one page per Runnable
 * (`/:cluster/:namespace/:name`).
 * @public
 */
export function RunnablesPage({ withHeader = true }: { withHeader?: boolean }) {
  return (
    <ReactRouterV6PageRouter>
      <PageShell
        title="Runnables"
        subtitle="Cartographer Runnables that no workload owns"
        withHeader={withHeader}
      >
        <Routes>
          <Route path="/" element={<RunnablesIndex />} />
          <Route path="/:cluster/:namespace/:name" element={<RunnablePage />} />
        </Routes>
      </PageShell>
    </ReactRouterV6PageRouter>
  );
}
