/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ReactRouterV6PageRouter } from '@backstage/frontend-adapter-react-router-v6';
import { Route, Routes } from 'react-router-dom';
import { PageShell } from '../PageShell';
import { WorkloadPage } from './WorkloadPage';
import { WorkloadsIndex } from './WorkloadsIndex';

/**
 * The workloads index and, below it, the standalone workload page
 * (`/:cluster/:namespace/:name`). The page adapter scopes React Router to
 * this page in the new frontend system and does nothing in legacy apps.
 * @public
 */
export function WorkloadsPage({ withHeader = true }: { withHeader?: boolean }) {
  return (
    <ReactRouterV6PageRouter>
      <PageShell
        title="Workloads"
        subtitle="Cartographer workloads on every cluster"
        withHeader={withHeader}
      >
        <Routes>
          <Route path="/" element={<WorkloadsIndex />} />
          <Route path="/:cluster/:namespace/:name" element={<WorkloadPage />} />
        </Routes>
      </PageShell>
    </ReactRouterV6PageRouter>
  );
}
