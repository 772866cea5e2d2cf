/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ConfigReader } from '@backstage/config';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  ClusterSupplyChain,
  Workload,
} from '@internal/plugin-cartographer-common';
import request from 'supertest';
import { ClusterFleet } from '../cache/ClusterFleet';
import { WorkloadIndex } from '../cache/WorkloadIndex';
import { ApprovalPolicy } from './ApprovalPolicy';
import { CartographerService } from './CartographerService';
import { authorizerFor, namespaceOnly } from '../__testUtils__/permissions';
import { routerApp } from '../__testUtils__/routerApp';

const chain: ClusterSupplyChain = {
  kind: 'ClusterSupplyChain',
  metadata: { name: 'source-to-url', labels: { approved: 'true' } },
  spec: {
    selector: { 'apps.tanzu.vmware.com/workload-type': 'web' },
    resources: [
      {
        name: 'deployer',
        templateRef: { kind: 'ClusterTemplate', name: 'deploy' },
      },
    ],
  },
  status: { conditions: [{ type: 'Ready', status: 'True', reason: 'Ready' }] },
};

function workload(namespace: string, name: string): Workload {
  return {
    kind: 'Workload',
    metadata: {
      name,
      namespace,
      labels: {
        'apps.tanzu.vmware.com/workload-type': 'web',
        'app.kubernetes.io/part-of': name,
      },
    },
    spec: {
      source: {
        git: {
          url: `https://github.com/sample-org/${name}`,
          ref: { branch: 'main' },
        },
      },
    },
    status: {
      supplyChainRef: { kind: 'ClusterSupplyChain', name: 'source-to-url' },
      conditions: [{ type: 'Ready', status: 'True', reason: 'Ready' }],
    },
  };
}

/** A fleet of one in-memory cluster: the router tests need no Kubernetes. */
function fakeFleet(): ClusterFleet {
  const objects: Record<string, any[]> = {
    ClusterSupplyChain: [chain],
    Workload: [workload('dev', 'shop'), workload('payments', 'ledger')],
  };
  const cluster = {
    name: 'local',
    stale: false,
    workloads: WorkloadIndex.of('local', objects.Workload),
    list: (kind: string) => objects[kind] ?? [],
    get: (kind: string, ns: string, name: string) =>
      (objects[kind] ?? []).find(
        o => o.metadata.namespace === ns && o.metadata.name === name,
      ),
    info: () => ({ name: 'local', state: 'ready', apiRequests: 3, kinds: [] }),
  };
  return {
    all: () => [cluster],
    names: () => ['local'],
    onChange: () => () => {},
    cluster: (name: string) => {
      if (name !== 'local')
        throw Object.assign(new Error(`unknown cluster "${name}"`), {
          name: 'NotFoundError',
        });
      return cluster;
    },
  } as unknown as ClusterFleet;
}

async function createApp(decision: PolicyDecision) {
  const config = new ConfigReader({
    cartographer: { approval: { label: 'approved' } },
  });
  const { permissions, authorizer } = authorizerFor(decision);
  const app = await routerApp({ fleet: fakeFleet(), config, authorizer });
  return { app, permissions };
}

describe('createRouter', () => {
  describe('GET /workloads', () => {
    it('lists every workload when allowed', async () => {
      const { app } = await createApp({ result: AuthorizeResult.ALLOW });
      const response = await request(app).get('/workloads');
      expect(response.status).toBe(200);
      expect(
        response.body.items.map((w: any) => `${w.namespace}/${w.name}`),
      ).toEqual(['dev/shop', 'payments/ledger']);
      expect(response.body.totalItems).toBe(2);
      expect(response.body.clusters).toEqual([
        { name: 'local', state: 'ready', apiRequests: 3, kinds: [] },
      ]);
    });

    it('applies conditional decisions to each workload', async () => {
      const { app } = await createApp(namespaceOnly(['payments']));
      const response = await request(app).get('/workloads');
      expect(response.body.items.map((w: any) => w.name)).toEqual(['ledger']);
      expect(response.body.totalItems).toBe(1);
    });

    it('returns nothing when denied', async () => {
      const { app } = await createApp({ result: AuthorizeResult.DENY });
      const response = await request(app).get('/workloads');
      expect(response.body).toMatchObject({ items: [], totalItems: 0 });
    });

    it('pages with an opaque cursor', async () => {
      const { app } = await createApp({ result: AuthorizeResult.ALLOW });
      const first = await request(app).get('/workloads?limit=1');
      expect(first.body.items.map((w: any) => w.name)).toEqual(['shop']);
      const second = await request(app).get(
        `/workloads?limit=1&cursor=${first.body.nextCursor}`,
      );
      expect(second.body.items.map((w: any) => w.name)).toEqual(['ledger']);
      expect(second.body.nextCursor).toBeUndefined();
    });

    it.each([
      ['limit=0', 'request/query/limit must be >= 1'],
      [
        'state=broken',
        'request/query/state must be equal to one of the allowed values',
      ],
      ['cursor=%%%', 'malformed cursor'],
      ['cluster=elsewhere', 'unknown cluster "elsewhere"'],
    ])('refuses %s with a clear message', async (query, message) => {
      const { app } = await createApp({ result: AuthorizeResult.ALLOW });
      const response = await request(app).get(`/workloads?${query}`);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.body.error.message).toContain(message);
    });
  });

  describe('GET /workloads/:cluster/:namespace/:name', () => {
    it('answers an allowed workload', async () => {
      const { app } = await createApp(namespaceOnly(['dev']));
      const response = await request(app).get('/workloads/local/dev/shop');
      expect(response.status).toBe(200);
      expect(response.body.workload).toMatchObject({
        name: 'shop',
        supplyChain: 'source-to-url',
        state: 'ready',
      });
      expect(response.body.selection.outcome).toBe('selected');
    });

    it('hides a denied workload as not found', async () => {
      const { app } = await createApp(namespaceOnly(['dev']));
      const response = await request(app).get(
        '/workloads/local/payments/ledger',
      );
      expect(response.status).toBe(404);
      expect(response.body.error.message).toBe(
        'workload payments/ledger not found on cluster local',
      );
    });
  });

  describe('POST /workloads', () => {
    const body = {
      cluster: 'local',
      draft: {
        metadata: {
          name: 'new-app',
          namespace: 'payments',
          labels: { 'apps.tanzu.vmware.com/workload-type': 'web' },
        },
        spec: {
          source: {
            git: {
              url: 'https://github.com/sample-org/new-app',
              ref: { branch: 'main' },
            },
          },
        },
      },
    };

    it('refuses creation outside the namespaces the caller may use, naming the permission', async () => {
      const { app } = await createApp(namespaceOnly(['dev']));
      const response = await request(app).post('/workloads').send(body);
      expect(response.status).toBe(403);
      expect(response.body.error.message).toBe(
        'you may not create workloads in namespace payments on cluster local (permission cartographer.workload.create)',
      );
    });

    it('previews which chain would select a draft', async () => {
      const { app } = await createApp({ result: AuthorizeResult.ALLOW });
      const response = await request(app).post('/workloads/preview').send(body);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        cluster: 'local',
        approved: true,
        chainReady: true,
        selection: { outcome: 'selected', selected: 'source-to-url' },
        exists: false,
      });
      expect(response.body.refusals).toEqual([]);
    });

    it('refuses a body without a draft, as the spec says', async () => {
      const { app } = await createApp({ result: AuthorizeResult.ALLOW });
      const response = await request(app).post('/workloads/preview').send({});
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe(
        "request/body must have required property 'draft'",
      );
    });
  });

  it('fails a response that drifts from the spec', async () => {
    const config = new ConfigReader({});
    const fleet = fakeFleet();
    const service = new CartographerService(
      fleet,
      ApprovalPolicy.fromConfig(config),
    );
    // A cluster state the spec does not know: the response validator refuses it.
    jest
      .spyOn(service, 'clusters')
      .mockReturnValue([
        { name: 'local', state: 'drifted', apiRequests: 0, kinds: [] } as any,
      ]);
    const { authorizer } = authorizerFor({ result: AuthorizeResult.ALLOW });
    const app = await routerApp({ fleet, config, authorizer, service });
    const response = await request(app).get('/clusters');
    expect(response.status).toBe(500);
    expect(response.body.error.message).toContain(
      '/response/clusters/0/state must be equal to one of the allowed values',
    );
  });

  it('refuses supply chains to callers without the read permission', async () => {
    const { app } = await createApp({ result: AuthorizeResult.DENY });
    const response = await request(app).get('/supply-chains');
    expect(response.status).toBe(403);
  });
});
