/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { cartographerClientServiceRef } from '@internal/plugin-cartographer-node';
import { createWorkloadCreateAction } from './actions/workloadCreate';
import { createWorkloadRenderAction } from './actions/workloadRender';

/**
 * Adds the `cartographer:workload:*` actions to the scaffolder.
 * @public
 */
export const scaffolderModuleCartographer = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'cartographer',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        client: cartographerClientServiceRef,
      },
      async init({ scaffolder, client }) {
        scaffolder.addActions(
          createWorkloadCreateAction({ client }),
          createWorkloadRenderAction({ client }),
        );
      },
    });
  },
});
