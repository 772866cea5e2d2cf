/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  cartographerWorkloadCreatePermission,
  cartographerWorkloadReadPermission,
  WorkloadDraftRequest,
} from '@internal/plugin-cartographer-common';
import express from 'express';
import { createOpenApiRouter } from '../schema/openapi';
import { AuthorizedHistory } from '../history/AuthorizedHistory';
import { metricsScopes, workloadRefOf } from '../history/metricsScopes';
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
  history: AuthorizedHistory;
  /**
   * Checks every response against the spec too. The router tests turn it
   * on, so a response that drifts from the contract fails a test.
   */
  validateResponses?: boolean;
}

/** The path parameters naming a workload or Runnable. */
type ObjectParams = { cluster: string; namespace: string; name: string };

/** Which page a request asks for, by the opaque offset cursor of `GET /workloads`. */
function pageQuery(query: { limit?: number; cursor?: string }) {
  // The spec defaults limit to 100 and bounds it; this default is for types.
  const limit = query.limit ?? 100;
  return { offset: CartographerService.offsetFromCursor(query.cursor), limit };
}

/** The cursor of the page after `page`, if there are more rows. */
function nextCursor(
  page: { offset: number; limit: number },
  totalItems: number,
) {
  const next = page.offset + page.limit;
  return next < totalItems
    ? CartographerService.cursorFromOffset(next)
    : undefined;
}

/** One page of `rows`. */
function pageOf<T>(rows: T[], query: { limit?: number; cursor?: string }) {
  const page = pageQuery(query);
  return {
    items: rows.slice(page.offset, page.offset + page.limit),
    totalItems: rows.length,
    nextCursor: nextCursor(page, rows.length),
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
    history,
  } = options;
  // Validates every request against the spec; handlers see well-formed,
  // typed input, and what they send is typed by the spec's responses.
  const router = await createOpenApiRouter({
    validatorOptions: { validateResponses: options.validateResponses ?? false },
  });

  router.get('/clusters', async (req, res) => {
    await httpAuth.credentials(req);
    res.json({ clusters: service.clusters() });
  });

  router.get('/supply-chains', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    await authorizer.assertSupplyChainRead(credentials);
    res.json({
      items: service.supplyChains(req.query.cluster),
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
    if (detail.supplyChain.kind !== 'ClusterDelivery') {
      res.json({ ...detail, workloads });
      return;
    }
    const all = service.deliverablesOfDelivery(
      req.params.cluster,
      detail.supplyChain.name,
    );
    const deliverables = await authorizer.filter(
      cartographerWorkloadReadPermission,
      all,
      credentials,
    );
    res.json({
      ...detail,
      workloads,
      deliverables,
      deliverablesHidden: deliverables.length < all.length,
    });
  });

  router.get('/workloads', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { entityRef, cluster, namespace, supplyChain, state, q } = req.query;
    let filter: WorkloadFilter = { cluster, namespace, supplyChain, state, q };
    if (entityRef) {
      const entity = await catalog.getEntityByRef(entityRef, { credentials });
      if (!entity) {
        throw new NotFoundError(`entity ${entityRef} not found`);
      }
      filter = { ...filter, entity: entityScopeOf(entity) };
    }
    const visible = await authorizer.visibility(
      cartographerWorkloadReadPermission,
      credentials,
    );
    // Paged over the index: rows outside the page are never finished.
    const page = pageQuery(req.query);
    const rows = service.workloadsPage(filter, visible, page);
    res.json({
      ...rows,
      nextCursor: nextCursor(page, rows.totalItems),
      clusters: service.clusters(),
    });
  });

  router.get('/workloads/:cluster/:namespace/:name', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { cluster, namespace, name } = req.params;
    await authorizer.assertRead(
      cartographerWorkloadReadPermission,
      { cluster, namespace, name },
      credentials,
    );
    const detail = service.workload(cluster, namespace, name);
    // A Deliverable is read under the workload rule of its own cluster and
    // namespace; what the policy hides is left out, and only flagged.
    const deliverables = await authorizer.filter(
      cartographerWorkloadReadPermission,
      detail.deliverables,
      credentials,
    );
    res.json({
      ...detail,
      deliverables,
      deliverable: deliverables[0],
      deliverablesHidden: deliverables.length < detail.deliverables.length,
    });
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

  router.get(
    '/workloads/:cluster/:namespace/:name/history',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req);
      res.json(await history.timeline(req.params, credentials));
    },
  );

  router.get(
    '/workloads/:cluster/:namespace/:name/metrics',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req);
      res.json(
        await history.workloadMetrics(
          req.params,
          req.query.window ?? '30d',
          credentials,
        ),
      );
    },
  );

  router.get('/metrics', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { entityRef, system, owner, workload, window = '30d' } = req.query;
    const entityOf = async (ref: string, kinds?: string[]) => {
      const entity = await catalog.getEntityByRef(ref, { credentials });
      if (!entity) throw new NotFoundError(`entity ${ref} not found`);
      const kind = entity.kind.toLocaleLowerCase('en-US');
      if (kinds && !kinds.includes(kind)) {
        throw new InputError(
          `${ref} is a ${entity.kind}; expected a ${kinds.join(' or ')}`,
        );
      }
      return metricsScopes(catalog, entity, credentials);
    };
    const scopes: WorkloadFilter[][] = [];
    if (entityRef) scopes.push(await entityOf(entityRef));
    if (system) scopes.push(await entityOf(system, ['system']));
    if (owner) scopes.push(await entityOf(owner, ['group', 'user']));
    res.json(
      await history.metrics(
        { scopes, workload: workload ? workloadRefOf(workload) : undefined },
        window,
        credentials,
      ),
    );
  });

  router.get('/metrics/workloads', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { workload, window = '30d' } = req.query;
    res.json(
      await history.workloadsMetrics(
        workload.map(workloadRefOf),
        window,
        credentials,
      ),
    );
  });

  // Runnables are permission-checked as workloads are: the same read
  // permission and the same cluster and namespace rules.
  router.get('/runnables', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { cluster, namespace, runTemplate, state, q } = req.query;
    const visible = await authorizer.filter(
      cartographerWorkloadReadPermission,
      runnables.list({ cluster, namespace, runTemplate, state, q }),
      credentials,
    );
    res.json({ ...pageOf(visible, req.query), clusters: service.clusters() });
  });

  /** The Runnable a request names, once the caller may read its namespace. */
  const readableRunnable = async (
    req: express.Request<ObjectParams, any, any, any>,
  ) => {
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
    const { offset = 0, limit } = req.query;
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
    const { approved } = req.body;
    res.json(
      await changeApproval(
        { approver: options.approver, authorizer, auditor },
        { cluster, name, approved, credentials, request: req },
      ),
    );
  });

  return router;
}
