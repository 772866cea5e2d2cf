/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * Two backend replicas on one real PostgreSQL database, each with the
 * Cartographer plugin watching the real local control plane and the real
 * notifications backend: every change of a workload is notified exactly
 * once. Each replica's notification service refuses the first delivery of
 * every notification (a notifications backend restarting), so the test also
 * shows that the replica which claimed it retries until it is delivered, and
 * that a notification nobody could deliver is sent on the next change.
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import notificationsBackend from '@backstage/plugin-notifications-backend';
import {
  DefaultNotificationService,
  notificationService,
  NotificationSendOptions,
} from '@backstage/plugin-notifications-node';
import {
  backstageAppConfig,
  createSampleWorkload,
  deleteSampleWorkload,
  ensureLocalCluster,
  eventually,
  failingBuild,
  LocalCluster,
  setSampleParams,
  WorkloadParam,
} from '@internal/local-cluster';
import knexFactory, { Knex } from 'knex';
import request from 'supertest';
import { loadClientNode } from '../clusters/clientNode';
import { ownedComponentCatalog } from '../__testUtils__/ownedComponentCatalog';
import { cartographerPlugin as cartographerBackend } from '../plugin';

jest.setTimeout(300_000);

// scripts/test.sh exports it for the project's PostgreSQL (scripts/postgres.sh).
const POSTGRES =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
const describeOnPostgres = POSTGRES ? describe : describe.skip;

const suffix = Date.now().toString(36);
const NAME = `notify-replicas-${suffix}`;
const ENTITY = `component:default/${NAME}`;
const OWNER = 'user:default/rhea';
const OTHER = 'user:default/remo';
// replicas_* so `scripts/postgres.sh leftovers` catches a run that left it.
const PREFIX = `replicas_notify_${suffix}_`;

// OTHER belongs to no group that owns anything.
const entities = ownedComponentCatalog(NAME, {
  'team-rep': [OWNER],
  'team-none': [OTHER],
});

/** Every attempt a replica made to deliver, and whether it was let through. */
interface Attempt {
  replica: string;
  title: string;
  delivered: boolean;
}

/**
 * The real notification service of a replica, refusing the first attempt of
 * each notification, and every attempt while `outage` is set.
 */
function flakyNotifications(
  replica: string,
  attempts: Attempt[],
  outage: { on: boolean },
) {
  return createServiceFactory({
    service: notificationService,
    deps: { auth: coreServices.auth, discovery: coreServices.discovery },
    factory({ auth, discovery }) {
      const real = DefaultNotificationService.create({ auth, discovery });
      const refusedOnce = new Set<string>();
      return {
        async send(options: NotificationSendOptions) {
          const title = options.payload.title;
          const first = !refusedOnce.has(options.payload.scope ?? title);
          refusedOnce.add(options.payload.scope ?? title);
          const delivered = !outage.on && !first;
          attempts.push({ replica, title, delivered });
          if (!delivered) {
            throw new Error(`notifications backend unavailable (${replica})`);
          }
          await real.send(options);
        },
      };
    },
  });
}

describeOnPostgres(
  'two replicas on one PostgreSQL notify each change once, on the real local cluster',
  () => {
    let cluster: LocalCluster;
    let admin: any;
    let db: Knex;
    let uid: string;
    const replicas: TestBackend[] = [];
    const attempts: Attempt[] = [];
    const outage = { on: false };

    const pgConnection = () => {
      const url = new URL(POSTGRES!);
      return {
        host: url.hostname,
        port: Number(url.port),
        user: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
      };
    };

    const notificationsOf = async (replica: TestBackend, user: string) => {
      const response = await request(replica.server)
        .get('/api/notifications/notifications')
        .set('Authorization', mockCredentials.user.header(user));
      expect(response.status).toBe(200);
      return response.body.notifications as Array<{
        payload: Record<string, any>;
        updated: string | null;
      }>;
    };

    const stateOn = async (replica: TestBackend) => {
      const response = await request(replica.server)
        .get(`/api/cartographer/workloads/local/dev/${NAME}`)
        .set('Authorization', mockCredentials.user.header(OWNER));
      return response.body.workload?.state as string | undefined;
    };

    /** The shared record, as both replicas read it. */
    const record = async () => {
      const row = await db('notification_states').where({ uid }).first();
      return row
        ? (JSON.parse(row.record) as Record<string, unknown>)
        : undefined;
    };

    /** Sets the params and waits until both replicas show the state. */
    const driveTo = async (
      params: WorkloadParam[],
      state: 'failed' | 'ready',
    ) => {
      await setSampleParams(admin, NAME, params);
      await eventually(async () => {
        const states = await Promise.all(replicas.map(stateOn));
        return states.every(s => s === state);
      }, 120_000);
    };

    const startReplica = (name: string) =>
      startTestBackend({
        features: [
          cartographerBackend,
          notificationsBackend,
          databaseServiceFactory,
          flakyNotifications(name, attempts, outage),
          catalogServiceMock.factory({ entities }),
          mockServices.rootConfig.factory({
            data: {
              ...backstageAppConfig(cluster),
              app: { baseUrl: 'http://localhost:3000' },
              backend: {
                database: {
                  client: 'pg',
                  connection: pgConnection(),
                  prefix: PREFIX,
                },
              },
              cartographer: {
                notifications: {
                  enabled: true,
                  quietPeriod: { seconds: 1 },
                  namespaces: ['dev'],
                  delivery: { attempts: 2, backoff: { milliseconds: 200 } },
                },
              },
            },
          }),
        ],
      });

    beforeAll(async () => {
      cluster = await ensureLocalCluster();
      admin = cluster
        .kubeConfig('admin')
        .makeApiClient(loadClientNode().CustomObjectsApi);
      // One after the other: the first creates the databases and runs the
      // migrations, as the first replica of a rollout does.
      replicas.push(await startReplica('replica-1'));
      replicas.push(await startReplica('replica-2'));
      db = knexFactory({
        client: 'pg',
        connection: { ...pgConnection(), database: `${PREFIX}cartographer` },
      });
      const created = await createSampleWorkload(admin, NAME);
      uid = created.metadata.uid;
      await eventually(async () => {
        const states = await Promise.all(replicas.map(stateOn));
        return states.every(s => s === 'ready');
      }, 120_000);
    });

    afterAll(async () => {
      await deleteSampleWorkload(admin, NAME);
      await db?.destroy();
      await Promise.all(replicas.map(replica => replica.stop()));
      if (POSTGRES) {
        const postgres = knexFactory({
          client: 'pg',
          connection: { ...pgConnection(), database: 'postgres' },
        });
        const rows = await postgres
          .raw('SELECT datname FROM pg_database WHERE datname LIKE ?', [
            `${PREFIX}%`,
          ])
          .then(result => result.rows as Array<{ datname: string }>);
        for (const { datname } of rows) {
          await postgres.raw(
            `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`,
          );
        }
        await postgres.destroy();
      }
    });

    it('sends one failure, retried after the refused attempt, by one replica only', async () => {
      await driveTo(
        failingBuild('buildpack detection failed: no go.mod'),
        'failed',
      );
      const received = await eventually(async () => {
        const items = await notificationsOf(replicas[0], OWNER);
        return items.length ? items : undefined;
      }, 60_000);
      // Long enough for a second replica's duplicate to arrive (milliseconds).
      await new Promise(resolve => setTimeout(resolve, 3_000));
      const title = `Workload ${NAME} failed at stage image-builder`;
      expect(await notificationsOf(replicas[1], OWNER)).toEqual(
        await notificationsOf(replicas[0], OWNER),
      );
      expect(received.map(n => [n.payload.title, n.updated])).toEqual([
        [title, null],
      ]);
      expect(received[0].payload.topic).toBe(ENTITY);
      const tries = attempts.filter(a => a.title === title);
      expect(tries.map(a => a.delivered)).toEqual([false, true]);
      expect(tries[0].replica).toBe(tries[1].replica);
      expect(await record()).toMatchObject({
        observed: 'failed',
        notified: 'failed',
      });
      expect(await record()).not.toHaveProperty('pendingSince');
      expect(await notificationsOf(replicas[0], OTHER)).toEqual([]);
    });

    it('sends one recovery when it is fixed', async () => {
      await driveTo([], 'ready');
      const received = await eventually(async () => {
        const items = await notificationsOf(replicas[1], OWNER);
        return items.length === 2 ? items : undefined;
      }, 60_000);
      await new Promise(resolve => setTimeout(resolve, 3_000));
      expect(
        (await notificationsOf(replicas[0], OWNER)).map(n => [
          n.payload.title,
          n.updated,
        ]),
      ).toEqual(
        expect.arrayContaining([
          [`Workload ${NAME} recovered`, null],
          [`Workload ${NAME} failed at stage image-builder`, null],
        ]),
      );
      expect(received).toHaveLength(2);
      expect(
        attempts.filter(a => a.title === `Workload ${NAME} recovered`).length,
      ).toBe(2);
      expect(await notificationsOf(replicas[1], OTHER)).toEqual([]);
    });

    it('does not record as sent a failure nobody could deliver, and sends it on the next change', async () => {
      await new Promise(resolve => setTimeout(resolve, 1_500)); // past the quiet period
      outage.on = true;
      const before = attempts.length;
      await driveTo(failingBuild('registry refused the push'), 'failed');
      // Both attempts of the replica that claimed it fail; the claim is released.
      await eventually(async () => {
        const current = await record();
        return (
          attempts.length - before === 2 &&
          current?.notified === 'recovered' &&
          !('pendingSince' in current)
        );
      }, 60_000);
      expect(attempts.slice(before).map(a => a.delivered)).toEqual([
        false,
        false,
      ]);

      outage.on = false;
      await driveTo(failingBuild('registry refused the push again'), 'failed');
      const failure = await eventually(async () => {
        const items = await notificationsOf(replicas[0], OWNER);
        const updated = items.find(
          n => /failed/.test(n.payload.title) && n.updated,
        );
        return updated;
      }, 60_000);
      // The same scope: the failure notification is brought up to date
      // with the failure first told of now, not doubled.
      expect(failure.payload.description).toMatch(/registry refused the push/);
      expect(await notificationsOf(replicas[0], OWNER)).toHaveLength(2);
      expect(await record()).toMatchObject({ notified: 'failed' });
    });
  },
);
