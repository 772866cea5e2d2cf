/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ReactRouterV6PageRouter } from '@backstage/frontend-adapter-react-router-v6';
import { Route, Routes } from 'react-router-dom';
import { PageShell } from '../PageShell';
import { SupplyChainPage } from './SupplyChainPage';
import { SupplyChainsCatalogue } from './SupplyChainsCatalogue';

/**
 * The supply chains catalogue and, below it, one chain's page
 * (`/:cluster/:name`).
 * @public
 */
export function SupplyChainsPage({
  withHeader = true,
}: {
  withHeader?: boolean;
}) {
  return (
    <ReactRouterV6PageRouter>
      <PageShell
        title="Supply chains"
        subtitle="ClusterSupplyChains and ClusterDeliveries on every cluster"
        withHeader={withHeader}
      >
        <Routes>
          <Route path="/" element={<SupplyChainsCatalogue />} />
          <Route path="/:cluster/:name" element={<SupplyChainPage />} />
        </Routes>
      </PageShell>
    </ReactRouterV6PageRouter>
  );
}
