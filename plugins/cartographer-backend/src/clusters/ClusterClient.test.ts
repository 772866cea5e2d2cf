/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * Error paths against a loopback HTTP server; the counted reads and writes
 * of the services are checked on the real control plane.
 */
import { Server } from 'node:http';
import { fakeKubeConfig, serve } from '../__testUtils__/fakeApiServer';
import { ClusterClient } from './ClusterClient';

jest.setTimeout(30_000);

function status(code: number, message: string) {
  return JSON.stringify({ kind: 'Status', apiVersion: 'v1', code, message });
}

describe('ClusterClient', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  /** A server answering discovery of carto.run, and `code` to everything else. */
  async function clientAnswering(code: number, message: string) {
    const fake = await serve((_req, res, url) => {
      if (url.pathname === '/apis/carto.run/v1alpha1') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            kind: 'APIResourceList',
            groupVersion: 'carto.run/v1alpha1',
            resources: [
              { name: 'workloads', kind: 'Workload', namespaced: true },
            ],
          }),
        );
        return;
      }
      res
        .writeHead(code, { 'content-type': 'application/json' })
        .end(status(code, message));
    });
    server = fake.server;
    return {
      client: new ClusterClient('fake', fakeKubeConfig(fake.url)),
      fake,
    };
  }

  const workloadRef = {
    apiVersion: 'carto.run/v1alpha1',
    kind: 'Workload',
    name: 'hello',
    namespace: 'dev',
  };

  it('maps a 403 the same on a stage read, a list and a write', async () => {
    const { client } = await clientAnswering(403, 'denied by RBAC');
    const failures = await Promise.all([
      client.read(workloadRef).catch(e => e),
      client
        .listCustomObjects({
          group: 'carto.run',
          version: 'v1alpha1',
          plural: 'workloads',
        })
        .catch(e => e),
      client.events('dev', 'hello').catch(e => e),
      client
        .create(
          { ...workloadRef, metadata: { name: 'hello', namespace: 'dev' } },
          { fieldManager: 'test' },
        )
        .catch(e => e),
    ]);
    expect(failures.map(e => [e.name, e.kubernetesStatus])).toEqual([
      ['NotAllowedError', 403],
      ['NotAllowedError', 403],
      ['NotAllowedError', 403],
      ['NotAllowedError', 403],
    ]);
    expect(failures.map(e => e.message)).toEqual([
      "cannot read Workload hello on cluster fake: forbidden for the plugin's service account (denied by RBAC)",
      "cannot list workloads.carto.run on cluster fake: forbidden for the plugin's service account (denied by RBAC)",
      "cannot read events in namespace dev on cluster fake: forbidden for the plugin's service account (denied by RBAC)",
      "cannot create Workload dev/hello on cluster fake: forbidden for the plugin's service account (denied by RBAC)",
    ]);
  });

  it('counts every request the server saw, discovery included', async () => {
    const { client, fake } = await clientAnswering(404, 'not there');
    await client.read(workloadRef).catch(() => undefined);
    await client.read(workloadRef).catch(() => undefined);
    await client.crd('workloads.carto.run').catch(() => undefined);
    // One discovery of carto.run/v1alpha1, two reads, one CRD read.
    expect(fake.requests).toHaveLength(4);
    expect(client.requests).toBe(4);
  });

  it('reports a kind the cluster does not serve as not found', async () => {
    const { client } = await clientAnswering(404, 'not there');
    const error = await client
      .list({ apiVersion: 'carto.run/v1alpha1', kind: 'Nothing' }, 'dev')
      .catch(e => e);
    expect(error.name).toBe('NotFoundError');
    expect(error.message).toBe(
      'cannot list Nothing (carto.run/v1alpha1) in namespace dev on cluster fake: the cluster does not serve this kind',
    );
  });
});
