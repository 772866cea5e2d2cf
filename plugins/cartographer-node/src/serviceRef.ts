/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { CartographerBackendClient } from './client/CartographerBackendClient';
import { CartographerBackendApi } from './client/types';

/**
 * The Cartographer backend client as a service, so a module declares it as
 * a dependency instead of wiring auth and discovery itself. The default
 * factory builds a {@link CartographerBackendClient} from the depending
 * plugin's own `auth` and `discovery` services; tests replace it with
 * `createServiceFactory({ service: cartographerClientServiceRef, ... })`.
 * @public
 */
export const cartographerClientServiceRef =
  createServiceRef<CartographerBackendApi>({
    id: 'cartographer.client',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          auth: coreServices.auth,
          discovery: coreServices.discovery,
        },
        factory: ({ auth, discovery }) =>
          new CartographerBackendClient({ auth, discovery }),
      }),
  });
