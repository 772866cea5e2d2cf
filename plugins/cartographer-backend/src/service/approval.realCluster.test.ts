/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * Approval in the portal against the real local control plane: the router
 * with real caches, the `backstage` user's RBAC, per-user permission
 * decisions and an auditor whose events the test reads.
 */
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  ensureLocalCluster,
  eventually,
  LocalCluster,
} from '@internal/local-cluster';
import {
  APPROVAL_ANNOTATIONS,
  ClusterSupplyChain,
  RESOURCE_TYPE_CARTOGRAPHER_SUPPLY_CHAIN,
} from '@internal/plugin-cartographer-common';
import express from 'express';
import request from 'supertest';
import { ClusterFleet } from '../cache/ClusterFleet';
import { loadClientNode } from '../clusters/clientNode';
import {
  cartographerSupplyChainPermissionRules,
  cartographerWorkloadPermissionRules,
} from '../permissions/rules';
import { WorkloadAuthorizer } from '../permissions/WorkloadAuthorizer';
import { ApprovalPolicy } from './ApprovalPolicy';
import { CartographerService } from './CartographerService';
import { routerApp } from '../__testUtils__/routerApp';
import { APPROVAL_FIELD_MANAGER } from './SupplyChainApprover';

jest.setTimeout(240_000);

const LABEL = 'cartographer.backstage.io/approved';
const suffix = Date.now().toString(36);
const CHAIN = `approval-test-${suffix}`;
const WORKLOAD = `approval-${suffix}`;
const OPERATOR = 'user:default/guest';
const DEVELOPER = 'user:default/dana';
/** May approve, but only on a cluster other than this one. */
const REGIONAL = 'user:default/regional';

const config = new ConfigReader({
  cartographer: {
    approval: {
      label: LABEL,
      supplyChains: [{ cluster: 'local', names: ['source-to-url'] }],
    },
    workloadCreation: { allowedNamespaces: [{ namespaces: ['dev'] }] },
  },
});

/** The demo policy's shape: team-platform approves; everyone may create. */
function decide(user: string, permission: string): PolicyDecision {
  if (permission !== 'cartographer.supplychain.approve') {
    return { result: AuthorizeResult.ALLOW };
  }
  if (user === OPERATOR) return { result: AuthorizeResult.ALLOW };
  if (user === REGIONAL) {
    return {
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'cartographer',
      resourceType: RESOURCE_TYPE_CARTOGRAPHER_SUPPLY_CHAIN,
      conditions: {
        rule: 'IS_IN_CLUSTER',
        resourceType: RESOURCE_TYPE_CARTOGRAPHER_SUPPLY_CHAIN,
        params: { clusters: ['elsewhere'] },
      },
    };
  }
  return { result: AuthorizeResult.DENY };
}

interface RecordedEvent {
  eventId: string;
  severityLevel?: string;
  meta: Record<string, any>;
  status: 'initiated' | 'succeeded' | 'failed';
  error?: string;
}

/** Records events the way the default auditor logs them. */
function recordingAuditor(events: RecordedEvent[]) {
  return {
    createEvent: async ({ eventId, severityLevel, meta }: any) => {
      const event: RecordedEvent = {
        eventId,
        severityLevel,
        meta: { ...meta },
        status: 'initiated',
      };
      events.push(event);
      return {
        success: async (p?: { meta?: object }) => {
          Object.assign(event, {
            status: 'succeeded',
            meta: { ...event.meta, ...p?.meta },
          });
        },
        fail: async (p: { error: Error; meta?: object }) => {
          Object.assign(event, {
            status: 'failed',
            error: p.error.message,
            meta: { ...event.meta, ...p.meta },
          });
        },
      };
    },
  };
}

describe('approval in the portal, on the real local cluster', () => {
  let cluster: LocalCluster;
  let fleet: ClusterFleet;
  let app: express.Express;
  const events: RecordedEvent[] = [];
  let admin: any;

  const chainOnCluster = async (): Promise<ClusterSupplyChain> =>
    (await admin.getClusterCustomObject({
      group: 'carto.run',
      version: 'v1alpha1',
      plural: 'clustersupplychains',
      name: CHAIN,
    })) as ClusterSupplyChain;

  const as = (user: string) => mockCredentials.user.header(user);

  const approve = (user: string, name: string, approved: boolean) =>
    request(app)
      .post(`/supply-chains/local/${name}/approval`)
      .set('Authorization', as(user))
      .send({ approved });

  const create = () =>
    request(app)
      .post('/workloads')
      .set('Authorization', as(OPERATOR))
      .send({
        cluster: 'local',
        supplyChain: CHAIN,
        draft: {
          metadata: {
            name: WORKLOAD,
            namespace: 'dev',
            labels: {
              'apps.tanzu.vmware.com/workload-type': 'web',
              'approval-test': suffix,
            },
          },
          spec: {
            serviceAccountName: 'carto-workload',
            source: {
              git: {
                url: 'https://github.com/sample-org/approval',
                ref: { branch: 'main' },
              },
            },
          },
        },
      });

  beforeAll(async () => {
    cluster = await ensureLocalCluster();
    const k8s = loadClientNode();
    admin = cluster.kubeConfig('admin').makeApiClient(k8s.CustomObjectsApi);
    // A chain of its own (a copy of experimental-chain), so other suites
    // that expect the samples' approvals are not disturbed.
    const template = (await admin.getClusterCustomObject({
      group: 'carto.run',
      version: 'v1alpha1',
      plural: 'clustersupplychains',
      name: 'experimental-chain',
    })) as ClusterSupplyChain;
    await admin.createClusterCustomObject({
      group: 'carto.run',
      version: 'v1alpha1',
      plural: 'clustersupplychains',
      body: {
        apiVersion: 'carto.run/v1alpha1',
        kind: 'ClusterSupplyChain',
        metadata: { name: CHAIN },
        spec: {
          ...template.spec,
          selector: {
            'apps.tanzu.vmware.com/workload-type': 'web',
            'approval-test': suffix,
          },
        },
      },
    });

    fleet = new ClusterFleet(
      [
        {
          name: 'local',
          source: 'kubeconfig',
          kubeConfig: () => cluster.kubeConfig('backstage'),
        },
      ],
      mockServices.logger.mock(),
      { backoffMs: () => 500 },
    );
    const approval = ApprovalPolicy.fromConfig(config);
    const service = new CartographerService(fleet, approval);
    const registry = mockServices.permissionsRegistry.mock();
    registry.getPermissionRuleset.mockImplementation(
      (ref: any) =>
        ({
          getRuleByName: (name: string) =>
            Object.values(
              ref.resourceType === RESOURCE_TYPE_CARTOGRAPHER_SUPPLY_CHAIN
                ? cartographerSupplyChainPermissionRules
                : cartographerWorkloadPermissionRules,
            ).find(r => r.name === name)!,
        }) as any,
    );
    const userOf = (credentials: any) => credentials.principal.userEntityRef;
    const permissions = mockServices.permissions.mock({
      authorize: async (requests, { credentials }) =>
        requests.map(r =>
          decide(userOf(credentials), r.permission.name),
        ) as any,
      authorizeConditional: async (requests, { credentials }) =>
        requests.map(r =>
          decide(userOf(credentials), r.permission.name),
        ) as any,
    });
    app = await routerApp({
      fleet,
      config,
      authorizer: new WorkloadAuthorizer(permissions, registry),
      httpAuth: mockServices.httpAuth(),
      auditor: recordingAuditor(events) as any,
      service,
    });
    fleet.start();
    // Ready once Cartographer reconciled the copy.
    await eventually(
      () =>
        service
          .supplyChains('local')
          .find(c => c.name === CHAIN && c.ready.status === 'True'),
      60_000,
    );
  });

  afterAll(async () => {
    fleet?.stop();
    await admin
      ?.deleteNamespacedCustomObject({
        group: 'carto.run',
        version: 'v1alpha1',
        plural: 'workloads',
        namespace: 'dev',
        name: WORKLOAD,
      })
      .catch(() => undefined);
    await admin
      ?.deleteClusterCustomObject({
        group: 'carto.run',
        version: 'v1alpha1',
        plural: 'clustersupplychains',
        name: CHAIN,
      })
      .catch(() => undefined);
  });

  const lastEvent = (eventId: string) =>
    events.filter(e => e.eventId === eventId).at(-1)!;

  it('refuses a create onto the chain before anyone approved it', async () => {
    const refused = await create();
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/refused \(approval\)/);
    expect(lastEvent('workload-write')).toMatchObject({
      status: 'failed',
      meta: { actor: OPERATOR, rule: 'approval' },
    });
  });

  it('refuses a user without the permission with 403, changing nothing', async () => {
    const before = await chainOnCluster();
    for (const user of [DEVELOPER, REGIONAL]) {
      const response = await approve(user, CHAIN, true);
      expect(response.status).toBe(403);
      expect(response.body.error.message).toMatch(
        /cartographer\.supplychain\.approve/,
      );
      expect(lastEvent('supply-chain-approval')).toMatchObject({
        status: 'failed',
        severityLevel: 'high',
        meta: {
          actor: user,
          action: 'approve',
          rule: 'permission',
          target: { cluster: 'local', name: CHAIN },
        },
      });
    }
    const after = await chainOnCluster();
    expect(after.metadata?.resourceVersion).toBe(
      before.metadata?.resourceVersion,
    );
    expect(after.metadata?.labels?.[LABEL]).toBeUndefined();
  });

  it('approves as team-platform: label on the cluster, offered to the picker, a create succeeds', async () => {
    const response = await approve(OPERATOR, CHAIN, true);
    expect(response.status).toBe(200);
    expect(response.body.supplyChain).toMatchObject({
      name: CHAIN,
      approved: true,
      approvalMechanism: 'label',
      approvalBy: OPERATOR,
    });

    const onCluster = await chainOnCluster();
    expect(onCluster.metadata?.labels?.[LABEL]).toBe('true');
    expect(
      onCluster.metadata?.annotations?.[APPROVAL_ANNOTATIONS.approvedBy],
    ).toBe(OPERATOR);
    expect(
      (onCluster.metadata as any).managedFields.map((f: any) => f.manager),
    ).toContain(APPROVAL_FIELD_MANAGER);
    expect(lastEvent('supply-chain-approval')).toMatchObject({
      status: 'succeeded',
      severityLevel: 'high',
      meta: {
        actor: OPERATOR,
        action: 'approve',
        target: { cluster: 'local', name: CHAIN },
      },
    });

    const chains = await request(app)
      .get('/supply-chains?cluster=local')
      .set('Authorization', as(OPERATOR));
    expect(chains.body.items.find((c: any) => c.name === CHAIN)).toMatchObject({
      approved: true,
      approvalBy: OPERATOR,
    });

    const created = await create();
    expect(created.status).toBe(201);
    expect(created.body.supplyChain).toBe(CHAIN);
    expect(lastEvent('workload-write')).toMatchObject({
      status: 'succeeded',
      severityLevel: 'medium',
      meta: {
        actor: OPERATOR,
        outcome: 'created',
        target: { cluster: 'local', namespace: 'dev', name: WORKLOAD },
      },
    });
  });

  it('revokes: the very next create is refused, and the picker no longer offers it', async () => {
    const response = await approve(OPERATOR, CHAIN, false);
    expect(response.status).toBe(200);
    expect(response.body.supplyChain).toMatchObject({
      approved: false,
      approvalBy: OPERATOR,
    });
    const onCluster = await chainOnCluster();
    expect(onCluster.metadata?.labels?.[LABEL]).toBe('false');
    expect(
      onCluster.metadata?.annotations?.[APPROVAL_ANNOTATIONS.approvedBy],
    ).toBeUndefined();
    expect(
      onCluster.metadata?.annotations?.[APPROVAL_ANNOTATIONS.revokedBy],
    ).toBe(OPERATOR);
    expect(lastEvent('supply-chain-approval')).toMatchObject({
      status: 'succeeded',
      severityLevel: 'high',
      meta: {
        actor: OPERATOR,
        action: 'revoke',
        target: { cluster: 'local', name: CHAIN },
      },
    });

    // No waiting for the watch: the revoke is in the cache already.
    const again = await create();
    expect(again.status).toBe(403);
    expect(again.body.error.message).toMatch(/refused \(approval\)/);
    expect(lastEvent('workload-write')).toMatchObject({
      status: 'failed',
      meta: { rule: 'approval' },
    });
    const chains = await request(app)
      .get('/supply-chains?cluster=local')
      .set('Authorization', as(OPERATOR));
    expect(chains.body.items.find((c: any) => c.name === CHAIN).approved).toBe(
      false,
    );
  });

  it('refuses to approve or revoke against the config allow-list', async () => {
    for (const approved of [true, false]) {
      const response = await approve(OPERATOR, 'source-to-url', approved);
      expect(response.status).toBe(409);
      expect(response.body.error.message).toMatch(/config allow-list/);
    }
    const chains = await request(app)
      .get('/supply-chains?cluster=local')
      .set('Authorization', as(OPERATOR));
    expect(
      chains.body.items.find((c: any) => c.name === 'source-to-url'),
    ).toMatchObject({ approved: true, approvalMechanism: 'allowList' });
  });
});
