/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { CartographerBackendClient } from './client/CartographerBackendClient';
import { CartographerBackendApi } from './client/types';
import { cartographerClientServiceRef } from './serviceRef';

describe('cartographerClientServiceRef', () => {
  it('gives a depending plugin a client that reaches the cartographer plugin', async () => {
    let client: CartographerBackendApi | undefined;
    // A stand-in cartographer backend answering one route.
    const cartographer = createBackendPlugin({
      pluginId: 'cartographer',
      register(env) {
        env.registerInit({
          deps: { httpRouter: coreServices.httpRouter },
          async init({ httpRouter }) {
            httpRouter.use((req, res) => {
              res.json({ clusters: [], path: req.path });
            });
          },
        });
      },
    });
    const consumer = createBackendPlugin({
      pluginId: 'consumer',
      register(env) {
        env.registerInit({
          deps: { cartographerClient: cartographerClientServiceRef },
          async init({ cartographerClient }) {
            client = cartographerClient;
          },
        });
      },
    });

    await startTestBackend({ features: [cartographer, consumer] });

    expect(client).toBeInstanceOf(CartographerBackendClient);
    await expect(
      client!.getClusters({ credentials: mockCredentials.user() }),
    ).resolves.toEqual({ clusters: [], path: '/clusters' });
  });
});
