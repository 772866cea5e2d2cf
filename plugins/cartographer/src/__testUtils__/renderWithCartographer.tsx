/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Entity } from '@backstage/catalog-model';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import {
  renderInTestApp,
  TestAppOptions,
  TestAppRenderResult,
} from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { CartographerApi, cartographerApiRef } from '../api';
import {
  runnablesRouteRef,
  supplyChainsRouteRef,
  workloadsRouteRef,
} from '../routes';
import { fakeCartographerApi } from './fakeCartographerApi';

/** An entity whose workloads carry `app.kubernetes.io/part-of=<name>`. */
export function componentEntity(
  name = 'shop-frontend',
  annotations?: Record<string, string>,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: annotations ?? {
        'backstage.io/kubernetes-label-selector': `app.kubernetes.io/part-of=${name}`,
      },
    },
    spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
  };
}

/** The routes the plugin links to, mounted where the demo app mounts them. */
export const mountedRoutes = {
  '/cartographer/workloads': convertLegacyRouteRef(workloadsRouteRef),
  '/cartographer/supply-chains': convertLegacyRouteRef(supplyChainsRouteRef),
  '/cartographer/runnables': convertLegacyRouteRef(runnablesRouteRef),
  '/catalog/:namespace/:kind/:name': convertLegacyRouteRef(entityRouteRef),
};

/**
 * Renders an element in a test app with a fake Cartographer API (the
 * fixtures unless overridden) and, when given, an entity in context.
 */
export async function renderWithCartographer(
  element: JSX.Element,
  options: {
    api?: CartographerApi;
    entity?: Entity;
    apis?: TestAppOptions['apis'];
  } & Omit<TestAppOptions, 'apis'> = {},
): Promise<TestAppRenderResult & { api: CartographerApi }> {
  const { api = fakeCartographerApi(), entity, apis = [], ...rest } = options;
  const wrapped = entity ? (
    <EntityProvider entity={entity}>{element}</EntityProvider>
  ) : (
    element
  );
  const result = await renderInTestApp(wrapped, {
    mountedRoutes,
    ...rest,
    apis: [[cartographerApiRef, api], ...apis],
  });
  return { ...result, api };
}
