/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  createBackendPlugin,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { RegisterCollatorParameters } from '@backstage/plugin-search-backend-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { cartographerClientServiceRef } from '@internal/plugin-cartographer-node';
import { searchModuleCartographer } from './module';

describe('searchModuleCartographer', () => {
  it('registers the workload, supply chain and Runnable collators', async () => {
    const collators: RegisterCollatorParameters[] = [];
    // A stand-in search plugin exposing the index registry.
    const search = createBackendPlugin({
      pluginId: 'search',
      register(env) {
        env.registerExtensionPoint(searchIndexRegistryExtensionPoint, {
          addCollator: c => void collators.push(c),
          addDecorator: () => undefined,
        });
        env.registerInit({ deps: {}, async init() {} });
      },
    });
    await startTestBackend({
      features: [
        search,
        searchModuleCartographer,
        catalogServiceMock.factory(),
        createServiceFactory({
          service: cartographerClientServiceRef,
          deps: {},
          factory: () => ({}) as any,
        }),
        mockServices.rootConfig.factory({
          data: {
            search: {
              collators: {
                cartographer: {
                  schedule: {
                    frequency: { minutes: 2 },
                    timeout: { minutes: 1 },
                  },
                },
              },
            },
          },
        }),
      ],
    });
    expect(collators.map(c => c.factory.type)).toEqual([
      'cartographer-workload',
      'cartographer-supply-chain',
      'cartographer-runnable',
    ]);
    expect(collators.map(c => c.factory.visibilityPermission?.name)).toEqual([
      'cartographer.workload.read',
      'cartographer.supplychain.read',
      'cartographer.workload.read',
    ]);
  });
});
