/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import {
  cartographerSupplyChainApprovePermission,
  cartographerSupplyChainReadPermission,
  cartographerWorkloadCreatePermission,
  cartographerWorkloadReadPermission,
  parseSupplyChainResourceRef,
  parseWorkloadResourceRef,
} from '@internal/plugin-cartographer-common';
import { ClusterFleet } from './cache/ClusterFleet';
import { readClusterDefinitions } from './clusters/readClusters';
import {
  cartographerSupplyChainPermissionRules,
  cartographerWorkloadPermissionRules,
  supplyChainPermissionResourceRef,
  workloadPermissionResourceRef,
} from './permissions/rules';
import { WorkloadAuthorizer } from './permissions/WorkloadAuthorizer';
import { ApprovalPolicy } from './service/ApprovalPolicy';
import { CartographerService } from './service/CartographerService';
import { createRouter } from './service/createRouter';
import { registerActions } from './service/registerActions';
import { registerApprovalAction } from './service/registerApprovalAction';
import { EntityScopes } from './service/EntityScopes';
import { SignalPublisher } from './service/SignalPublisher';
import { StageReader } from './service/StageReader';
import { SupplyChainApprover } from './service/SupplyChainApprover';
import { NamespacePolicy, WorkloadWriter } from './service/WorkloadWriter';

/**
 * The Cartographer backend plugin: watch-backed caches of every configured
 * cluster behind a permission-checked REST API.
 * @public
 */
export const cartographerPlugin = createBackendPlugin({
  pluginId: 'cartographer',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        lifecycle: coreServices.lifecycle,
        catalog: catalogServiceRef,
        signals: signalsServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init({
        config,
        logger,
        httpRouter,
        httpAuth,
        auth,
        permissions,
        permissionsRegistry,
        auditor,
        lifecycle,
        catalog,
        signals,
        actionsRegistry,
      }) {
        permissionsRegistry.addResourceType({
          resourceRef: workloadPermissionResourceRef,
          permissions: [
            cartographerWorkloadReadPermission,
            cartographerWorkloadCreatePermission,
          ],
          rules: Object.values(cartographerWorkloadPermissionRules),
          // The rules only read cluster, namespace and name, all in the ref;
          // the search backend needs this to filter documents by condition.
          getResources: async refs => refs.map(parseWorkloadResourceRef),
        });
        permissionsRegistry.addResourceType({
          resourceRef: supplyChainPermissionResourceRef,
          permissions: [cartographerSupplyChainApprovePermission],
          rules: Object.values(cartographerSupplyChainPermissionRules),
          getResources: async refs => refs.map(parseSupplyChainResourceRef),
        });
        permissionsRegistry.addPermissions([
          cartographerSupplyChainReadPermission,
        ]);

        const fleet = new ClusterFleet(readClusterDefinitions(config), logger);
        const approval = ApprovalPolicy.fromConfig(config);
        const service = new CartographerService(fleet, approval);
        const authorizer = new WorkloadAuthorizer(
          permissions,
          permissionsRegistry,
        );
        const entityScopes = new EntityScopes(catalog, auth, logger);
        const detach = new SignalPublisher(
          signals,
          logger,
          undefined,
          entityScopes,
        ).attach(fleet);
        const approver = new SupplyChainApprover(fleet, approval, service);
        registerActions(actionsRegistry, service, authorizer);
        registerApprovalAction(actionsRegistry, {
          approver,
          authorizer,
          auditor,
        });

        httpRouter.use(
          await createRouter({
            httpAuth,
            catalog,
            service,
            writer: new WorkloadWriter(
              fleet,
              approval,
              NamespacePolicy.fromConfig(config),
            ),
            stages: new StageReader(service),
            authorizer,
            auditor,
            approver,
          }),
        );
        fleet.start();
        lifecycle.addStartupHook(() => entityScopes.start());
        logger.info(
          `Cartographer: watching ${fleet.names().length} cluster(s): ${fleet.names().join(', ') || 'none configured'}`,
        );
        lifecycle.addShutdownHook(() => {
          detach();
          entityScopes.stop();
          fleet.stop();
        });
      },
    });
  },
});
