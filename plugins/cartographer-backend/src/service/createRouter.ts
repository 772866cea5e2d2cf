/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  cartographerWorkloadCreatePermission,
  cartographerWorkloadReadPermission,
  RunnablesResponse,
  SupplyChainApprovalRequest,
  WorkloadDraftRequest,
  WorkloadsResponse,
} from '@internal/plugin-cartographer-common';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import express from 'express';
import { loadOpenApiSpec } from '../schema/openapiSpec';
import { WorkloadAuthorizer } from '../permissions/WorkloadAuthorizer';
import { CartographerService } from './CartographerService';
import { StageReader } from './StageReader';
import { RunnableService } from '../runs/RunnableService';
import { audited } from './audit';
import { changeApproval } from './changeApproval';
import { SupplyChainApprover } from './SupplyChainApprover';
import { entityScopeOf, WorkloadFilter } from './workloadFilter';
import { WorkloadWriter } from './WorkloadWriter';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  catalog: CatalogService;
  service: CartographerService;
  writer: WorkloadWriter;
  stages: StageReader;
  runnables: RunnableService;
  authorizer: WorkloadAuthorizer;
  auditor: AuditorService;
  approver: SupplyChainApprover;
}

const STATES = ['ready', 'failed', 'pending', 'unknown'];

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !value) {
    throw new InputError(`query parameter ${name} must be a non-empty string`);
  }
  return value;
}

function readLimit(value: unknown): number {
  if (value === undefined) return 100;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new InputError(
      'query parameter limit must be an integer from 1 to 1000',
    );
  }
  return limit;
}

function readState(value: unknown): string | undefined {
  const state = optionalString(value, 'state');
  if (state && !STATES.includes(state)) {
    throw new InputError(
      `query parameter state must be one of ${STATES.join(', ')}`,
    );
  }
  return state;
}

/** One page of `rows` by the opaque offset cursor of `GET /workloads`. */
function pageOf<T>(rows: T[], query: { limit?: unknown; cursor?: unknown }) {
  const limit = readLimit(query.limit);
  const offset = CartographerService.offsetFromCursor(
    optionalString(query.cursor, 'cursor'),
  );
  return {
    items: rows.slice(offset, offset + limit),
    totalItems: rows.length,
    nextCursor:
      offset + limit < rows.length
        ? CartographerService.cursorFromOffset(offset + limit)
        : undefined,
  };
}

/** HTTP only: parse, authorize, call one service, respond. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const {
    httpAuth,
    catalog,
    service,
    writer,
    stages,
    runnables,
    authorizer,
    auditor,
  } = options;
  // Validates every request against the spec; handlers see well-formed input.
  const router = createValidatedOpenApiRouter(
    loadOpenApiSpec(),
  ) as unknown as express.Router;

  router.get('/clusters', async (req, res) => {
    await httpAuth.credentials(req);
    res.json({ clusters: service.clusters() });
  });

  router.get('/supply-chains', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    await authorizer.assertSupplyChainRead(credentials);
    const cluster = optionalString(req.query.cluster, 'cluster');
    res.json({
      items: service.supplyChains(cluster),
      clusters: service.clusters(),
    });
  });

  router.get('/supply-chains/:cluster/:name', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    await authorizer.assertSupplyChainRead(credentials);
    const detail = service.supplyChain(req.params.cluster, req.params.name);
    const workloads = await authorizer.filter(
      cartographerWorkloadReadPermission,
      detail.workloads,
      credentials,
    );
    res.json({ ...detail, workloads });
  });

  router.get('/workloads', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const state = readState(req.query.state);
    let filter: WorkloadFilter = {
      cluster: optionalString(req.query.cluster, 'cluster'),
      namespace: optionalString(req.query.namespace, 'namespace'),
      supplyChain: optionalString(req.query.supplyChain, 'supplyChain'),
      state,
      q: optionalString(req.query.q, 'q'),
    };
    const entityRef = optionalString(req.query.entityRef, 'entityRef');
    if (entityRef) {
      const entity = await catalog.getEntityByRef(entityRef, { credentials });
      if (!entity) {
        throw new NotFoundError(`entity ${entityRef} not found`);
      }
      filter = { ...filter, entity: entityScopeOf(entity) };
    }
    const visible = await authorizer.filter(
      cartographerWorkloadReadPermission,
      service.workloads(filter),
      credentials,
    );
    const body: WorkloadsResponse = {
      ...pageOf(visible, req.query),
      clusters: service.clusters(),
    };
    res.json(body);
  });

  router.get('/workloads/:cluster/:namespace/:name', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { cluster, namespace, name } = req.params;
    await authorizer.assertRead(
      cartographerWorkloadReadPermission,
      { cluster, namespace, name },
      credentials,
    );
    res.json(service.workload(cluster, namespace, name));
  });

  router.get(
    '/workloads/:cluster/:namespace/:name/stages/:stage',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req);
      const { cluster, namespace, name, stage } = req.params;
      // Stamped objects can be sensitive: reading one is audited, lightly.
      const detail = await audited(
        auditor,
        {
          eventId: 'stage-read',
          severityLevel: 'low',
          credentials,
          request: req,
          target: { cluster, namespace, name },
          meta: { stage },
        },
        async () => {
          await authorizer.assertRead(
            cartographerWorkloadReadPermission,
            { cluster, namespace, name },
            credentials,
          );
          return stages.stage(cluster, namespace, name, stage);
        },
      );
      res.json(detail);
    },
  );

  // Runnables are permission-checked as workloads are: the same read
  // permission and the same cluster and namespace rules.
  router.get('/runnables', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const state = readState(req.query.state);
    const visible = await authorizer.filter(
      cartographerWorkloadReadPermission,
      runnables.list({
        cluster: optionalString(req.query.cluster, 'cluster'),
        namespace: optionalString(req.query.namespace, 'namespace'),
        runTemplate: optionalString(req.query.runTemplate, 'runTemplate'),
        state,
        q: optionalString(req.query.q, 'q'),
      }),
      credentials,
    );
    const body: RunnablesResponse = {
      ...pageOf(visible, req.query),
      clusters: service.clusters(),
    };
    res.json(body);
  });

  /** The Runnable a request names, once the caller may read its namespace. */
  const readableRunnable = async (req: express.Request) => {
    const credentials = await httpAuth.credentials(req);
    const { cluster, namespace, name } = req.params;
    await authorizer.assertRead(
      cartographerWorkloadReadPermission,
      { cluster, namespace, name },
      credentials,
      'runnable',
    );
    return { cluster, namespace, name };
  };

  router.get('/runnables/:cluster/:namespace/:name', async (req, res) => {
    const { cluster, namespace, name } = await readableRunnable(req);
    res.json(await runnables.detail(cluster, namespace, name));
  });

  router.get('/runnables/:cluster/:namespace/:name/runs', async (req, res) => {
    const { cluster, namespace, name } = await readableRunnable(req);
    const offset =
      req.query.offset === undefined ? 0 : Number(req.query.offset);
    const limit =
      req.query.limit === undefined ? undefined : Number(req.query.limit);
    res.json(
      await runnables.runHistory(cluster, namespace, name, { offset, limit }),
    );
  });

  const draftTarget = (body: WorkloadDraftRequest) => ({
    namespace: body?.draft?.metadata?.namespace ?? '',
    name: body?.draft?.metadata?.name ?? '',
  });

  router.post('/workloads/preview', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const preview = writer.preview(req.body);
    await authorizer.assertAllowed(
      cartographerWorkloadCreatePermission,
      { cluster: preview.cluster, ...draftTarget(req.body) },
      credentials,
    );
    res.json(preview);
  });

  router.post('/workloads', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const dryRun = req.query.dryRun === 'true';
    if (
      req.query.dryRun !== undefined &&
      !['true', 'false'].includes(String(req.query.dryRun))
    ) {
      throw new InputError('query parameter dryRun must be true or false');
    }
    const result = await audited(
      auditor,
      {
        eventId: 'workload-write',
        severityLevel: 'medium',
        credentials,
        request: req,
        target: { cluster: req.body.cluster, ...draftTarget(req.body) },
        meta: { action: dryRun ? 'dry-run' : 'create-or-update' },
      },
      async () => {
        // Permission first: a refused caller learns nothing about the draft.
        const cluster = writer.preview(req.body).cluster;
        await authorizer.assertAllowed(
          cartographerWorkloadCreatePermission,
          { cluster, ...draftTarget(req.body) },
          credentials,
        );
        return writer.create(req.body, dryRun);
      },
      written => ({
        cluster: written.cluster,
        outcome: written.created ? 'created' : 'updated',
      }),
    );
    res.status(result.created && !dryRun ? 201 : 200).json(result);
  });

  router.post('/supply-chains/:cluster/:name/approval', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { cluster, name } = req.params;
    const { approved } = req.body as SupplyChainApprovalRequest;
    res.json(
      await changeApproval(
        { approver: options.approver, authorizer, auditor },
        { cluster, name, approved, credentials, request: req },
      ),
    );
  });

  return router;
}
