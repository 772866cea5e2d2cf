/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { cartographerClientServiceRef } from '@internal/plugin-cartographer-node';
import { CartographerEntityProvider } from './providers/CartographerEntityProvider';
import { CartographerMergeProcessor } from './providers/CartographerMergeProcessor';
import { readProviderConfig } from './providers/config';

/**
 * Adds a Component per application running through Cartographer to the
 * catalog, read through the Cartographer backend with service credentials.
 * @public
 */
export const catalogModuleCartographer = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'cartographer',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        client: cartographerClientServiceRef,
        processing: catalogProcessingExtensionPoint,
      },
      async init({
        config,
        logger,
        auth,
        scheduler,
        catalog,
        client,
        processing,
      }) {
        const providerConfig = readProviderConfig(config);
        if (!providerConfig.enabled) {
          logger.info('Cartographer entity provider is disabled');
          return;
        }
        const provider = new CartographerEntityProvider({
          client,
          auth,
          catalog,
          logger,
          scheduler,
          config: providerConfig,
        });
        processing.addEntityProvider(provider);
        if (providerConfig.conflicts === 'merge') {
          processing.addProcessor(new CartographerMergeProcessor(provider));
        }
      },
    });
  },
});
