/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  createBackendPlugin,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  catalogProcessingExtensionPoint,
  CatalogProcessor,
  EntityProvider,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { cartographerClientServiceRef } from '@internal/plugin-cartographer-node';
import { catalogModuleCartographer } from './module';

async function start(cartographer: object) {
  const providers: EntityProvider[] = [];
  const processors: CatalogProcessor[] = [];
  // A stand-in catalog plugin exposing the processing extension point.
  const catalog = createBackendPlugin({
    pluginId: 'catalog',
    register(env) {
      env.registerExtensionPoint(catalogProcessingExtensionPoint, {
        addEntityProvider: (...p: any[]) => void providers.push(...p.flat()),
        addProcessor: (...p: any[]) => void processors.push(...p.flat()),
        addPlaceholderResolver: () => undefined,
        setOnProcessingErrorHandler: () => undefined,
      } as any);
      env.registerInit({ deps: {}, async init() {} });
    },
  });
  await startTestBackend({
    features: [
      catalog,
      catalogModuleCartographer,
      catalogServiceMock.factory(),
      mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
      createServiceFactory({
        service: cartographerClientServiceRef,
        deps: {},
        factory: () => ({}) as any,
      }),
      mockServices.rootConfig.factory({
        data: { catalog: { providers: { cartographer } } },
      }),
    ],
  });
  return {
    providers: providers.map(p => p.getProviderName()),
    processors: processors.map(p => p.getProcessorName()),
  };
}

describe('catalogModuleCartographer', () => {
  it('adds the entity provider', async () => {
    await expect(start({})).resolves.toEqual({
      providers: ['CartographerEntityProvider'],
      processors: [],
    });
  });

  it('adds the merge processor with conflicts: merge', async () => {
    await expect(start({ conflicts: 'merge' })).resolves.toEqual({
      providers: ['CartographerEntityProvider'],
      processors: ['CartographerMergeProcessor'],
    });
  });

  it('adds nothing when disabled', async () => {
    await expect(start({ enabled: false })).resolves.toEqual({
      providers: [],
      processors: [],
    });
  });
});
