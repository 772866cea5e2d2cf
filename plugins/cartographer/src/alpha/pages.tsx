/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  compatWrapper,
  convertLegacyRouteRef,
} from '@backstage/core-compat-api';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import SupplyChainsIcon from '@material-ui/icons/AccountTree';
import WorkloadsIcon from '@material-ui/icons/Layers';
import RunnablesIcon from '@material-ui/icons/PlayCircleOutline';
import {
  runnablesRouteRef,
  supplyChainsRouteRef,
  workloadsRouteRef,
} from '../routes';

/**
 * The workloads index; its title and icon make the nav item. The
 * standalone workload page is its sub-route `/:cluster/:namespace/:name`.
 */
export const workloadsPage = PageBlueprint.make({
  name: 'workloads',
  params: {
    path: '/cartographer/workloads',
    title: 'Workloads',
    icon: <WorkloadsIcon />,
    routeRef: convertLegacyRouteRef(workloadsRouteRef),
    loader: () =>
      import('../components/WorkloadsPage').then(m =>
        compatWrapper(<m.WorkloadsPage withHeader={false} />),
      ),
  },
});

/**
 * The supply chains catalogue for operators; each chain's page is its
 * sub-route `/:cluster/:name`.
 */
export const supplyChainsPage = PageBlueprint.make({
  name: 'supply-chains',
  params: {
    path: '/cartographer/supply-chains',
    title: 'Supply Chains',
    icon: <SupplyChainsIcon />,
    routeRef: convertLegacyRouteRef(supplyChainsRouteRef),
    loader: () =>
      import('../components/SupplyChainsPage').then(m =>
        compatWrapper(<m.SupplyChainsPage withHeader={false} />),
      ),
  },
});

/**
 * Standalone Runnables (no Workload or Deliverable owns them); each
 * Runnable's page is its sub-route `/:cluster/:namespace/:name`.
 */
export const runnablesPage = PageBlueprint.make({
  name: 'runnables',
  params: {
    path: '/cartographer/runnables',
    title: 'Runnables',
    icon: <RunnablesIcon />,
    routeRef: convertLegacyRouteRef(runnablesRouteRef),
    loader: () =>
      import('../components/RunnablesPage').then(m =>
        compatWrapper(<m.RunnablesPage withHeader={false} />),
      ),
  },
});
