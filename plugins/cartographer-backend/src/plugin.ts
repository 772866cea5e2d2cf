/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
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
import {
  AuthorizedHistory,
  HistoryReader,
  HistoryRecorder,
  HistoryStore,
  readHistoryOptions,
  registerHistoryAction,
} from './history';
import { readNotificationOptions } from './notifications/config';
import { NotificationStates } from './notifications/NotificationStates';
import { WorkloadNotifier } from './notifications/WorkloadNotifier';
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
import { SignalClaims } from './service/SignalClaims';
import { SignalPublisher } from './service/SignalPublisher';
import { StageReader } from './service/StageReader';
import { RunReader } from './runs/RunReader';
import { RunnableService } from './runs/RunnableService';
import { SupplyChainApprover } from './service/SupplyChainApprover';
import { NamespacePolicy, WorkloadWriter } from './service/WorkloadWriter';

/** Longer than any watch could lag behind, so no change is announced twice. */
const CLAIM_RETENTION_MS = 60 * 60 * 1000;

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
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        signals: signalsServiceRef,
        notifications: notificationService,
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
        database,
        scheduler,
        catalog,
        signals,
        notifications,
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
        const entityScopes = new EntityScopes(catalog, auth, logger);
        const service = new CartographerService(fleet, approval, entityScopes);
        const runReader = new RunReader();
        const authorizer = new WorkloadAuthorizer(
          permissions,
          permissionsRegistry,
        );
        const claims = await SignalClaims.create({ database, logger });
        await scheduler.scheduleTask({
          id: 'cartographer:signal-claims:prune',
          frequency: { minutes: 10 },
          timeout: { minutes: 1 },
          fn: async () => {
            await claims.prune(CLAIM_RETENTION_MS);
          },
        });
        const detach = new SignalPublisher(
          signals,
          logger,
          undefined,
          entityScopes,
          claims,
        ).attach(fleet);
        const notificationOptions = readNotificationOptions(config);
        const detachNotifier = notificationOptions.enabled
          ? new WorkloadNotifier({
              fleet,
              states: await NotificationStates.create({ database }),
              notifications,
              entities: entityScopes,
              logger,
              options: notificationOptions,
            }).attach()
          : () => {};
        const historyStore = await HistoryStore.create({ database });
        const { retentionMs } = readHistoryOptions(config);
        // The scheduler runs it on one replica at a time.
        await scheduler.scheduleTask({
          id: 'cartographer:history:retention',
          frequency: { hours: 1 },
          timeout: { minutes: 5 },
          fn: async () => {
            await historyStore.prune(retentionMs);
          },
        });
        const detachRecorder = new HistoryRecorder({
          fleet,
          store: historyStore,
          logger,
        }).attach();
        const history = new AuthorizedHistory(
          service,
          new HistoryReader(service, historyStore),
          authorizer,
        );
        registerHistoryAction(actionsRegistry, history);
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
            stages: new StageReader(service, runReader),
            runnables: new RunnableService(fleet, runReader),
            authorizer,
            auditor,
            approver,
            history,
          }),
        );
        fleet.start();
        lifecycle.addStartupHook(() => entityScopes.start());
        logger.info(
          `Cartographer: watching ${fleet.names().length} cluster(s): ${fleet.names().join(', ') || 'none configured'}`,
        );
        lifecycle.addShutdownHook(() => {
          detach();
          detachNotifier();
          detachRecorder();
          entityScopes.stop();
          fleet.stop();
        });
      },
    });
  },
});
