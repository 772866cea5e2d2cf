/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { CartographerClient } from './CartographerClient';
import { classifyError } from './errors';

const BASE = 'http://localhost:7007/api/cartographer';

function client(response: Response) {
  const fetch = jest.fn(async () => response);
  const discoveryApi = { getBaseUrl: jest.fn(async () => BASE) };
  return {
    fetch,
    discoveryApi,
    client: new CartographerClient({ discoveryApi, fetchApi: { fetch } }),
  };
}

const GET = { method: 'GET', headers: { 'Content-Type': 'application/json' } };

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

describe('CartographerClient', () => {
  it('resolves the plugin base URL and sends filters as query parameters', async () => {
    const {
      client: c,
      fetch,
      discoveryApi,
    } = client(json({ items: [], totalItems: 0, clusters: [] }));
    await c.getWorkloads({
      entityRef: 'component:default/shop',
      state: 'failed',
      limit: 50,
      q: '',
    });
    expect(discoveryApi.getBaseUrl).toHaveBeenCalledWith('cartographer');
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/workloads?entityRef=component%3Adefault%2Fshop&state=failed&limit=50`,
      GET,
    );
  });

  it("asks for a page of rows' metrics with the workload parameter repeated", async () => {
    const { client: c, fetch } = client(
      json({ window: '30d', from: '', to: '', items: [] }),
    );
    await c.getWorkloadsMetrics(['dev/apps/shop', 'edge/apps/a b'], '30d');
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/metrics/workloads?workload=dev%2Fapps%2Fshop&workload=edge%2Fapps%2Fa%20b&window=30d`,
      GET,
    );
  });

  it('encodes every path segment of a stage', async () => {
    const { client: c, fetch } = client(json({}));
    await c.getStage(
      { cluster: 'dev/1', namespace: 'apps', name: 'a b' },
      'image-builder',
    );
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/workloads/dev%2F1/apps/a%20b/stages/image-builder`,
      GET,
    );
  });

  it('posts drafts as JSON for a preview', async () => {
    const { client: c, fetch } = client(json({ refusals: [] }));
    await c.previewWorkload({
      draft: { kind: 'Workload', metadata: { name: 'x' } },
    });
    expect(fetch).toHaveBeenCalledWith(`${BASE}/workloads/preview`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"draft":{"kind":"Workload","metadata":{"name":"x"}}}',
    });
  });

  it('posts an approval change to the chain, with path segments encoded', async () => {
    const { client: c, fetch } = client(json({ supplyChain: {} }));
    await c.setSupplyChainApproval('local', 'a b', false);
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/supply-chains/local/a%20b/approval`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"approved":false}',
      },
    );
  });

  it('keeps the server error name and message', async () => {
    const { client: c } = client(
      json(
        {
          error: {
            name: 'NotAllowedError',
            message: 'you may not read supply chains',
          },
          request: { method: 'GET', url: '/supply-chains' },
          response: { statusCode: 403 },
        },
        403,
      ),
    );
    const error = await c.getSupplyChains().catch(e => e);
    expect(error.name).toBe('ResponseError');
    expect(error.cause.name).toBe('NotAllowedError');
    expect(error.cause.message).toBe('you may not read supply chains');
    expect(classifyError(error)).toBe('permissionDenied');
  });

  it('turns a bare 404 into "install the backend"', async () => {
    const { client: c } = client(new Response('', { status: 404 }));
    const error = await c.getClusters().catch(e => e);
    expect(error.name).toBe('BackendNotInstalledError');
    expect(error.message).toContain(
      'Add @internal/plugin-cartographer-backend to your backend',
    );
    expect(classifyError(error)).toBe('backendNotInstalled');
  });

  it('keeps a JSON 404 from the backend as not found', async () => {
    const { client: c } = client(
      json(
        {
          error: {
            name: 'NotFoundError',
            message: 'workload apps/x not found on cluster dev',
          },
          request: { method: 'GET', url: '/workloads/dev/apps/x' },
          response: { statusCode: 404 },
        },
        404,
      ),
    );
    const error = await c
      .getWorkload({ cluster: 'dev', namespace: 'apps', name: 'x' })
      .catch(e => e);
    expect(classifyError(error)).toBe('notFound');
    expect(error.cause.message).toBe(
      'workload apps/x not found on cluster dev',
    );
  });
});
