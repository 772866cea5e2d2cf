/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Config } from '@backstage/config';
import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import express from 'express';
import { ClusterFleet } from '../cache/ClusterFleet';
import { AuthorizedHistory } from '../history/AuthorizedHistory';
import { HistoryReader } from '../history/HistoryReader';
import { HistoryStore } from '../history/HistoryStore';
import { WorkloadAuthorizer } from '../permissions/WorkloadAuthorizer';
import { RunnableService } from '../runs/RunnableService';
import { RunReader } from '../runs/RunReader';
import { ApprovalPolicy } from '../service/ApprovalPolicy';
import { CartographerService } from '../service/CartographerService';
import { createRouter } from '../service/createRouter';
import { StageReader } from '../service/StageReader';
import { SupplyChainApprover } from '../service/SupplyChainApprover';
import { NamespacePolicy, WorkloadWriter } from '../service/WorkloadWriter';

/** What a router test chooses; everything else is built as plugin.ts does. */
export interface RouterAppOptions {
  fleet: ClusterFleet;
  config: Config;
  authorizer: WorkloadAuthorizer;
  /** Defaults to a user signed in with mock credentials. */
  httpAuth?: HttpAuthService;
  auditor?: AuditorService;
  service?: CartographerService;
  stages?: StageReader;
  runnables?: RunnableService;
  /** Defaults to a store without records. */
  historyStore?: Pick<HistoryStore, 'read'>;
  /** Defaults to a catalog without entities. */
  catalog?: CatalogService;
}

const emptyHistory: Pick<HistoryStore, 'read'> = {
  read: async () => ({ outputs: [], transitions: [] }),
};

/** The plugin's router with the backend's error middleware, for supertest. */
export async function routerApp(options: RouterAppOptions) {
  const { fleet, config, authorizer } = options;
  const approval = ApprovalPolicy.fromConfig(config);
  const service = options.service ?? new CartographerService(fleet, approval);
  const reader = new RunReader();
  const router = await createRouter({
    httpAuth:
      options.httpAuth ??
      mockServices.httpAuth({ defaultCredentials: mockCredentials.user() }),
    catalog: options.catalog ?? catalogServiceMock(),
    service,
    writer: new WorkloadWriter(
      fleet,
      approval,
      NamespacePolicy.fromConfig(config),
    ),
    stages: options.stages ?? new StageReader(service, reader),
    runnables: options.runnables ?? new RunnableService(fleet, reader),
    authorizer,
    auditor: options.auditor ?? mockServices.auditor.mock(),
    approver: new SupplyChainApprover(fleet, approval, service),
    history: new AuthorizedHistory(
      service,
      new HistoryReader(service, options.historyStore ?? emptyHistory),
      authorizer,
    ),
    // A response that drifts from openapi.yaml fails the test that sent it.
    validateResponses: true,
  });
  const middleware = MiddlewareFactory.create({
    config,
    logger: mockServices.logger.mock(),
  });
  return express().use(router).use(middleware.error());
}
