/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * Every workload write and every stage read against the real local control
 * plane goes through the backend's default auditor (the one a deployment
 * gets), whose events the test reads from the plugin's log as the default
 * auditor writes them. No event, and no other log line, carries a secret.
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { auditorServiceFactory } from '@backstage/backend-defaults/auditor';
import {
  coreServices,
  createServiceFactory,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  backstageAppConfig,
  deleteSampleWorkload,
  ensureLocalCluster,
  eventually,
  LocalCluster,
} from '@internal/local-cluster';
import request from 'supertest';
import { loadClientNode } from '../clusters/clientNode';
import { cartographerPlugin as cartographerBackend } from '../plugin';

jest.setTimeout(240_000);

const suffix = Date.now().toString(36);
const NAME = `audit-${suffix}`;
const ACTOR = 'user:default/audrey';
/** What a leaked secret would look like in a log line. */
const SECRET = `s3cr3t-token-${suffix}`;

/** One log line: its level, message and every field, the child loggers' included. */
interface LogLine {
  level: string;
  message: string;
  fields: Record<string, any>;
}

function recordingLogger(
  lines: LogLine[],
  fields: Record<string, any> = {},
): LoggerService {
  const write =
    (level: string) => (message: string, meta?: Error | Record<string, any>) =>
      lines.push({
        level,
        message,
        fields:
          meta instanceof Error
            ? { ...fields, error: { name: meta.name, message: meta.message } }
            : { ...fields, ...meta },
      });
  return {
    error: write('error'),
    warn: write('warn'),
    info: write('info'),
    debug: write('debug'),
    child: meta => recordingLogger(lines, { ...fields, ...meta }),
  };
}

describe('audit events of the real default auditor, on the real local cluster', () => {
  let cluster: LocalCluster;
  let backend: TestBackend;
  let admin: any;
  const lines: LogLine[] = [];

  /** The audit events one request left, in order. */
  const auditOf = (since: number) =>
    lines.slice(since).filter(line => line.fields.isAuditEvent);

  const draft = (overrides: { namespace?: string; image?: string } = {}) => ({
    metadata: {
      name: NAME,
      namespace: overrides.namespace ?? 'dev',
      labels: { 'apps.tanzu.vmware.com/workload-type': 'web' },
    },
    spec: {
      serviceAccountName: 'carto-workload',
      env: [{ name: 'API_TOKEN', value: SECRET }],
      params: [
        { name: 'registry_password', value: SECRET },
        { name: 'build_message', value: overrides.image ?? 'first' },
      ],
      source: {
        git: {
          url: 'https://github.com/sample-org/shop-frontend',
          ref: { branch: 'main' },
        },
      },
    },
  });

  const write = (body: object, query = '') =>
    request(backend.server)
      .post(`/api/cartographer/workloads${query}`)
      .set('Authorization', mockCredentials.user.header(ACTOR))
      .send({ cluster: 'local', ...body });

  /** Sends one request and returns its response and the audit events it left. */
  const audited = async (send: () => Promise<request.Response>) => {
    const since = lines.length;
    const response = await send();
    return { response, events: auditOf(since) };
  };

  const workloadOnCluster = () =>
    admin
      .getNamespacedCustomObject({
        group: 'carto.run',
        version: 'v1alpha1',
        plural: 'workloads',
        namespace: 'dev',
        name: NAME,
      })
      .catch(() => undefined);

  beforeAll(async () => {
    cluster = await ensureLocalCluster();
    admin = cluster
      .kubeConfig('admin')
      .makeApiClient(loadClientNode().CustomObjectsApi);
    backend = await startTestBackend({
      features: [
        cartographerBackend,
        auditorServiceFactory,
        createServiceFactory({
          service: coreServices.logger,
          deps: { plugin: coreServices.pluginMetadata },
          factory: ({ plugin }) =>
            recordingLogger(lines, { plugin: plugin.getId() }),
        }),
        mockServices.rootConfig.factory({
          data: {
            ...backstageAppConfig(cluster),
            cartographer: {
              approval: {
                supplyChains: [{ cluster: 'local', names: ['source-to-url'] }],
              },
              workloadCreation: {
                allowedNamespaces: [{ namespaces: ['dev'] }],
              },
            },
          },
        }),
      ],
    });
    // Writes are decided on the cache: wait until it knows the chains.
    await eventually(async () => {
      const response = await request(backend.server)
        .get('/api/cartographer/supply-chains?cluster=local')
        .set('Authorization', mockCredentials.user.header(ACTOR));
      return response.body.items?.some((c: any) => c.name === 'source-to-url');
    }, 60_000);
  });

  afterAll(async () => {
    await deleteSampleWorkload(admin, NAME);
    await backend?.stop();
  });

  /** The default auditor's shape: plugin.eventId, the actor from the request, our target. */
  const expectEvents = (
    events: LogLine[],
    eventId: string,
    outcome: 'succeeded' | 'failed',
    meta: Record<string, any>,
  ) => {
    expect(events.map(e => [e.message, e.fields.status])).toEqual([
      [`cartographer.${eventId}`, 'initiated'],
      [`cartographer.${eventId}`, outcome],
    ]);
    for (const event of events) {
      expect(event.fields.actor).toMatchObject({ actorId: ACTOR });
      expect(event.fields.meta).toMatchObject({ actor: ACTOR });
    }
    expect(events[1].fields.meta).toMatchObject(meta);
  };

  it('audits a dry run, which writes nothing', async () => {
    const { response, events } = await audited(() =>
      write({ supplyChain: 'source-to-url', draft: draft() }, '?dryRun=true'),
    );
    expect(response.status).toBe(200);
    expect(response.body.dryRun).toBe(true);
    expectEvents(events, 'workload-write', 'succeeded', {
      action: 'dry-run',
      target: { cluster: 'local', namespace: 'dev', name: NAME },
    });
    expect(events[1].fields.severityLevel).toBe('medium');
    expect(await workloadOnCluster()).toBeUndefined();
  });

  it('audits a create', async () => {
    const { response, events } = await audited(() =>
      write({ supplyChain: 'source-to-url', draft: draft() }),
    );
    expect(response.status).toBe(201);
    expectEvents(events, 'workload-write', 'succeeded', {
      action: 'create-or-update',
      outcome: 'created',
      cluster: 'local',
      target: { cluster: 'local', namespace: 'dev', name: NAME },
    });
    expect(events[1].fields.request).toMatchObject({
      method: 'POST',
      url: '/api/cartographer/workloads',
    });
    expect(await workloadOnCluster()).toBeDefined();
  });

  it('audits an update', async () => {
    // The writer decides create or update on the cache: wait for it to see the workload.
    await eventually(async () => {
      const response = await request(backend.server)
        .get(`/api/cartographer/workloads/local/dev/${NAME}`)
        .set('Authorization', mockCredentials.user.header(ACTOR));
      return response.status === 200;
    }, 60_000);
    const { response, events } = await audited(() =>
      write({
        supplyChain: 'source-to-url',
        ifExists: 'update',
        draft: draft({ image: 'second' }),
      }),
    );
    expect(response.status).toBe(200);
    expectEvents(events, 'workload-write', 'succeeded', {
      outcome: 'updated',
      target: { cluster: 'local', namespace: 'dev', name: NAME },
    });
    const onCluster = await workloadOnCluster();
    expect(onCluster.spec.params).toContainEqual({
      name: 'build_message',
      value: 'second',
    });
  });

  it.each([
    ['a namespace outside the allowed ones', 'namespace', 'prod'],
    ['a workload that exists already', 'exists', 'dev'],
  ])(
    'audits a refused create (%s) with the rule that refused it',
    async (_case, rule, namespace) => {
      const { response, events } = await audited(() =>
        write({ supplyChain: 'source-to-url', draft: draft({ namespace }) }),
      );
      expect(response.status).toBeGreaterThanOrEqual(400);
      expectEvents(events, 'workload-write', 'failed', { rule });
      expect(events[1].fields.error.message).toContain(`refused (${rule})`);
    },
  );

  it('audits a stage YAML read at low severity', async () => {
    const { response, events } = await audited(() =>
      request(backend.server)
        .get(
          '/api/cartographer/workloads/local/dev/shop-frontend/stages/source-provider',
        )
        .set('Authorization', mockCredentials.user.header(ACTOR)),
    );
    expect(response.status).toBe(200);
    expectEvents(events, 'stage-read', 'succeeded', {
      stage: 'source-provider',
      target: { cluster: 'local', namespace: 'dev', name: 'shop-frontend' },
    });
    expect(events.map(e => e.fields.severityLevel)).toEqual(['low', 'low']);
    // Low severity is the default auditor's debug level, medium its info.
    expect(events.map(e => e.level)).toEqual(['debug', 'debug']);
  });

  it('puts no secret in any event or log line', () => {
    expect(auditOf(0).length).toBeGreaterThanOrEqual(12);
    expect(JSON.stringify(lines)).not.toContain(SECRET);
  });
});
