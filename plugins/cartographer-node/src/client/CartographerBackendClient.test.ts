/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ResponseError } from '@backstage/errors';
import { WorkloadDraftRequest } from '@internal/plugin-cartographer-common';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { CartographerBackendClient } from './CartographerBackendClient';

interface Recorded {
  method?: string;
  url?: string;
  authorization?: string;
  contentType?: string;
  body?: unknown;
}

type Reply = { status: number; body?: unknown; contentType?: string };

/** A loopback stand-in for the backend that records what it was sent. */
function startFakeBackend() {
  const requests: Recorded[] = [];
  let reply: Reply = { status: 200, body: {} };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', chunk => (raw += chunk));
    req.on('end', () => {
      requests.push({
        method: req.method,
        url: req.url,
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        body: raw ? JSON.parse(raw) : undefined,
      });
      res.statusCode = reply.status;
      res.setHeader('content-type', reply.contentType ?? 'application/json');
      res.end(
        typeof reply.body === 'string'
          ? reply.body
          : JSON.stringify(reply.body),
      );
    });
  });
  return {
    requests,
    reply: (r: Reply) => {
      reply = r;
    },
    listen: () =>
      new Promise<string>(resolve =>
        server.listen(0, '127.0.0.1', () =>
          resolve(
            `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/cartographer`,
          ),
        ),
      ),
    close: () => new Promise(resolve => server.close(resolve)),
  };
}

const credentials = mockCredentials.user('user:default/alice');
const expectedAuthorization = `Bearer ${mockCredentials.service.token({
  onBehalfOf: credentials,
  targetPluginId: 'cartographer',
})}`;

const request: WorkloadDraftRequest = {
  cluster: 'local',
  supplyChain: 'source-to-url',
  draft: {
    metadata: {
      name: 'hello',
      namespace: 'dev',
      labels: { 'apps.tanzu.vmware.com/workload-type': 'web' },
    },
    spec: { image: 'registry.example/hello:1' },
  },
};

describe('CartographerBackendClient', () => {
  const backend = startFakeBackend();
  let client: CartographerBackendClient;
  let baseUrl: string;

  beforeAll(async () => {
    baseUrl = await backend.listen();
    client = new CartographerBackendClient({
      auth: mockServices.auth(),
      discovery: {
        getBaseUrl: async id => baseUrl.replace('cartographer', id),
        getExternalBaseUrl: async id => baseUrl.replace('cartographer', id),
      },
    });
  });

  afterEach(() => {
    backend.requests.length = 0;
    backend.reply({ status: 200, body: {} });
  });

  afterAll(() => backend.close());

  it('sends a token issued on behalf of the caller for the cartographer plugin', async () => {
    backend.reply({ status: 200, body: { clusters: [] } });
    await expect(client.getClusters({ credentials })).resolves.toEqual({
      clusters: [],
    });
    expect(backend.requests).toEqual([
      {
        method: 'GET',
        url: '/api/cartographer/clusters',
        authorization: expectedAuthorization,
        contentType: 'application/json',
        body: undefined,
      },
    ]);
  });

  it('encodes queries and path segments', async () => {
    await client.getSupplyChains({ cluster: 'eu west' }, { credentials });
    await client.getSupplyChains({}, { credentials });
    await client.getWorkloads(
      { entityRef: 'component:default/hello', state: 'failed', limit: 5 },
      { credentials },
    );
    await client.getWorkload(
      { cluster: 'local', namespace: 'dev', name: 'a/b' },
      { credentials },
    );
    expect(backend.requests.map(r => `${r.method} ${r.url}`)).toEqual([
      'GET /api/cartographer/supply-chains?cluster=eu%20west',
      'GET /api/cartographer/supply-chains',
      'GET /api/cartographer/workloads?entityRef=component%3Adefault%2Fhello&state=failed&limit=5',
      'GET /api/cartographer/workloads/local/dev/a%2Fb',
    ]);
  });

  it('posts drafts for preview and apply, with the dry-run flag', async () => {
    await client.previewWorkload(request, { credentials });
    await client.applyWorkload(request, { credentials, dryRun: true });
    await client.applyWorkload(request, { credentials });
    expect(backend.requests).toEqual(
      [
        '/api/cartographer/workloads/preview',
        '/api/cartographer/workloads?dryRun=true',
        '/api/cartographer/workloads?dryRun=false',
      ].map(url => ({
        method: 'POST',
        url,
        authorization: expectedAuthorization,
        contentType: 'application/json',
        body: request,
      })),
    );
  });

  it.each([
    [400, 'InputError', 'refused (approval): supply chain x is not approved'],
    [403, 'NotAllowedError', 'refused (namespace): kube-system'],
    [404, 'NotFoundError', 'workload dev/x not found on cluster local'],
    [409, 'ConflictError', 'refused (exists): workload dev/x already exists'],
  ])(
    'rebuilds a %i from the server as %s with its message',
    async (status, name, message) => {
      backend.reply({
        status,
        body: {
          error: { name, message },
          request: { method: 'POST', url: '/workloads' },
          response: { statusCode: status },
        },
      });
      const error = await client
        .applyWorkload(request, { credentials })
        .catch(e => e);
      expect(error.name).toBe(name);
      expect(error.message).toBe(message);
      expect(ResponseError.is(error.cause)).toBe(true);
      expect(error.cause.statusCode).toBe(status);
    },
  );

  it('keeps the name of errors it does not know', async () => {
    backend.reply({
      status: 500,
      body: {
        error: { name: 'Error', message: 'cannot write workload dev/x' },
        response: { statusCode: 500 },
      },
    });
    await expect(client.getClusters({ credentials })).rejects.toMatchObject({
      name: 'Error',
      message:
        'Cartographer backend answered 500; caused by Error: cannot write workload dev/x',
    });
  });

  it('explains a bare 404 as a missing backend plugin', async () => {
    backend.reply({ status: 404, body: 'Not Found', contentType: 'text/html' });
    await expect(client.getClusters({ credentials })).rejects.toMatchObject({
      name: 'NotFoundError',
      message: expect.stringContaining(
        `The Cartographer backend did not answer at ${baseUrl} (HTTP 404)`,
      ),
    });
  });

  it('refuses credentials that cannot be forwarded', async () => {
    await expect(
      client.getClusters({ credentials: mockCredentials.none() }),
    ).rejects.toMatchObject({ name: 'AuthenticationError' });
    expect(backend.requests).toEqual([]);
  });
});
