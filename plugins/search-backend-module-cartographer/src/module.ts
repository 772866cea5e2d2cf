/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { cartographerClientServiceRef } from '@internal/plugin-cartographer-node';
import { CartographerRunnableCollatorFactory } from './collators/CartographerRunnableCollatorFactory';
import { CartographerSupplyChainCollatorFactory } from './collators/CartographerSupplyChainCollatorFactory';
import { CartographerWorkloadCollatorFactory } from './collators/CartographerWorkloadCollatorFactory';
import { readScheduleConfig } from './collators/config';

/**
 * Adds Cartographer workloads, standalone Runnables and supply chains to
 * portal search. All are
 * read through the Cartographer backend with this plugin's service
 * credentials; results are filtered per user by permission.
 * @public
 */
export const searchModuleCartographer = createBackendModule({
  pluginId: 'search',
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
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({
        config,
        logger,
        auth,
        scheduler,
        catalog,
        client,
        indexRegistry,
      }) {
        const schedule = readScheduleConfig(config);
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(schedule),
          factory: CartographerWorkloadCollatorFactory.fromConfig(config, {
            client,
            auth,
            catalog,
            logger,
          }),
        });
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(schedule),
          factory: new CartographerSupplyChainCollatorFactory({
            client,
            auth,
            logger,
          }),
        });
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(schedule),
          factory: new CartographerRunnableCollatorFactory({
            client,
            auth,
            logger,
          }),
        });
      },
    });
  },
});
