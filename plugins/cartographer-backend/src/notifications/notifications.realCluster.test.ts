/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * Owners notified through the real notifications backend when a workload on
 * the real local control plane fails and recovers: the Cartographer plugin
 * and @backstage/plugin-notifications-backend in one test backend, the
 * catalog's owner and membership relations from a catalog mock.
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  backstageAppConfig,
  createSampleWorkload,
  deleteSampleWorkload,
  ensureLocalCluster,
  eventually,
  failingBuild,
  LocalCluster,
  setSampleParams,
} from '@internal/local-cluster';
import notificationsBackend from '@backstage/plugin-notifications-backend';
import request from 'supertest';
import { loadClientNode } from '../clusters/clientNode';
import { ownedComponentCatalog } from '../__testUtils__/ownedComponentCatalog';
import { cartographerPlugin as cartographerBackend } from '../plugin';

jest.setTimeout(300_000);

const suffix = Date.now().toString(36);
const NAME = `notify-${suffix}`;
const ENTITY = `component:default/${NAME}`;
const OWNER = 'user:default/owen';
const OTHER = 'user:default/olga';

const entities = ownedComponentCatalog(NAME, {
  'team-notify': [OWNER],
  'team-other': [OTHER],
});

const BROKEN = failingBuild('buildpack detection failed: no go.mod');
const QUIET_SECONDS = 60;

describe('owners notified of a failing workload, on the real local cluster', () => {
  let cluster: LocalCluster;
  let backend: TestBackend;
  let admin: any;

  const notificationsOf = async (user: string) => {
    const response = await request(backend.server)
      .get('/api/notifications/notifications')
      .set('Authorization', mockCredentials.user.header(user));
    expect(response.status).toBe(200);
    return response.body.notifications as Array<{
      payload: Record<string, any>;
      updated: string | null;
    }>;
  };

  const stateOf = async () => {
    const response = await request(backend.server)
      .get(`/api/cartographer/workloads/local/dev/${NAME}`)
      .set('Authorization', mockCredentials.user.header(OWNER));
    return response.body.workload?.state as string | undefined;
  };

  /** Breaks or fixes the workload and waits until the portal shows it. */
  const driveTo = async (state: 'failed' | 'ready') => {
    await setSampleParams(admin, NAME, state === 'failed' ? BROKEN : []);
    await eventually(async () => (await stateOf()) === state, 120_000);
  };

  beforeAll(async () => {
    cluster = await ensureLocalCluster();
    admin = cluster
      .kubeConfig('admin')
      .makeApiClient(loadClientNode().CustomObjectsApi);
    backend = await startTestBackend({
      features: [
        cartographerBackend,
        notificationsBackend,
        catalogServiceMock.factory({ entities }),
        mockServices.rootConfig.factory({
          data: {
            ...backstageAppConfig(cluster),
            app: { baseUrl: 'http://localhost:3000' },
            cartographer: {
              notifications: {
                enabled: true,
                // Long enough for the flap below to fall inside it, short
                // enough to see a held-back failure sent when it ends.
                quietPeriod: { seconds: QUIET_SECONDS },
                namespaces: ['dev'],
              },
            },
          },
        }),
      ],
    });
    // A copy of shop-frontend with a Component of its own, so no other
    // suite sees it fail; created healthy, so its baseline is ready.
    await createSampleWorkload(admin, NAME);
    await eventually(async () => (await stateOf()) === 'ready', 120_000);
  });

  afterAll(async () => {
    await deleteSampleWorkload(admin, NAME);
    await backend?.stop();
  });

  it('sends nothing for a new workload that became ready', async () => {
    expect(await notificationsOf(OWNER)).toEqual([]);
  });

  it("notifies the owner group's member once when it fails, with stage, reason and a link to the tab", async () => {
    await driveTo('failed');
    const received = await eventually(async () => {
      const items = await notificationsOf(OWNER);
      return items.length ? items : undefined;
    }, 60_000);
    expect(received).toHaveLength(1);
    expect(received[0].payload).toMatchObject({
      title: `Workload ${NAME} failed at stage image-builder`,
      link: `/catalog/default/component/${NAME}/supply-chain`,
      severity: 'high',
      topic: ENTITY,
      scope: `cartographer:workload:local/dev/${NAME}:${ENTITY}:failed`,
    });
    expect(received[0].payload.description).toMatch(
      /Stage image-builder is unhealthy: .*buildpack detection failed: no go\.mod/,
    );
    expect(await notificationsOf(OTHER)).toEqual([]);
  });

  it('sends one recovery when it is fixed', async () => {
    await driveTo('ready');
    const received = await eventually(async () => {
      const items = await notificationsOf(OWNER);
      return items.length === 2 ? items : undefined;
    }, 60_000);
    const recovery = received.find(n => /recovered/.test(n.payload.title))!;
    expect(recovery.payload).toMatchObject({
      title: `Workload ${NAME} recovered`,
      severity: 'normal',
      scope: `cartographer:workload:local/dev/${NAME}:${ENTITY}:recovered`,
    });
    expect(await notificationsOf(OTHER)).toEqual([]);
  });

  it('sends nothing more when it flaps inside the quiet period', async () => {
    await driveTo('failed');
    await driveTo('ready');
    // Longer than the notifier takes for a change (milliseconds).
    await new Promise(resolve => setTimeout(resolve, 3_000));
    const received = await notificationsOf(OWNER);
    expect(received.map(n => n.payload.title).sort()).toEqual([
      `Workload ${NAME} failed at stage image-builder`,
      `Workload ${NAME} recovered`,
    ]);
    // Neither was re-sent in its scope (that would set `updated`).
    expect(received.map(n => n.updated)).toEqual([null, null]);
    expect(await notificationsOf(OTHER)).toEqual([]);
  });

  it('sends a failure held back by the quiet period once the period ends', async () => {
    const failure = async () =>
      (await notificationsOf(OWNER)).find(n =>
        /failed at stage/.test(n.payload.title),
      )!;
    await driveTo('failed');
    await new Promise(resolve => setTimeout(resolve, 3_000));
    expect((await failure()).updated).toBeNull(); // still held back
    // Re-sent in its scope (which sets `updated`) when the period ends,
    // counted from the first failure notice, without another change.
    const resent = await eventually(
      async () => {
        const found = await failure();
        return found.updated ? found : undefined;
      },
      (QUIET_SECONDS + 30) * 1000,
    );
    expect(resent.payload.title).toBe(
      `Workload ${NAME} failed at stage image-builder`,
    );
    expect(await notificationsOf(OWNER)).toHaveLength(2);
    expect(await notificationsOf(OTHER)).toEqual([]);
  });
});
