/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/** The workloads index page. @public */
export const workloadsRouteRef = createRouteRef({
  id: 'cartographer:workloads',
});

/**
 * One workload outside any entity, below the workloads page:
 * `<workloads page>/<cluster>/<namespace>/<name>`.
 * @public
 */
export const workloadRouteRef = createSubRouteRef({
  id: 'cartographer:workload',
  parent: workloadsRouteRef,
  path: '/:cluster/:namespace/:name',
});

/** The supply chains catalogue. @public */
export const supplyChainsRouteRef = createRouteRef({
  id: 'cartographer:supply-chains',
});

/** One supply chain and its workloads: `<catalogue>/<cluster>/<name>`. @public */
export const supplyChainRouteRef = createSubRouteRef({
  id: 'cartographer:supply-chain',
  parent: supplyChainsRouteRef,
  path: '/:cluster/:name',
});

/** Standalone Runnables (no Workload or Deliverable owns them). @public */
export const runnablesRouteRef = createRouteRef({
  id: 'cartographer:runnables',
});

/** One Runnable: `<runnables page>/<cluster>/<namespace>/<name>`. @public */
export const runnableRouteRef = createSubRouteRef({
  id: 'cartographer:runnable',
  parent: runnablesRouteRef,
  path: '/:cluster/:namespace/:name',
});
