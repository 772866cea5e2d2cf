/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * Error paths of the list+watch loop against a small local HTTP server
 * (msw cannot intercept client-node 2.x). The happy path and real 410s are
 * covered on the real control plane.
 */
import { eventually } from '@internal/local-cluster';
import { Server } from 'node:http';
import {
  fakeKubeConfig as kubeConfig,
  serve,
} from '../__testUtils__/fakeApiServer';
import { ClusterClient } from '../clusters/ClusterClient';
import { CacheChange, KindCache } from './KindCache';

// Loading client-node takes seconds on a busy 2-core machine; the checks
// below have their own 10 s deadlines.
jest.setTimeout(30_000);

function workload(name: string, resourceVersion: string) {
  return {
    apiVersion: 'carto.run/v1alpha1',
    kind: 'Workload',
    metadata: { name, namespace: 'dev', resourceVersion },
  };
}

describe('KindCache', () => {
  let server: Server | undefined;
  let cache: KindCache | undefined;
  afterEach(async () => {
    cache?.stop();
    await new Promise(r => server?.close(r));
    server = undefined;
  });

  function start(url: string, changes: CacheChange[] = []) {
    cache = new KindCache({
      client: new ClusterClient('fake', kubeConfig(url)),
      group: 'carto.run',
      version: 'v1alpha1',
      plural: 'workloads',
      kind: 'Workload',
      onChange: c => changes.push(c),
      onStateChange: () => {},
      backoffMs: () => 20,
      notInstalledRetryMs: 50,
    });
    cache.start();
    return cache;
  }

  it('reports missing CRDs as a quiet notInstalled state and keeps checking', async () => {
    const fake = await serve((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          kind: 'Status',
          code: 404,
          message: 'the server could not find the requested resource',
        }),
      );
    });
    server = fake.server;
    const kinds = start(fake.url);
    await eventually(() => fake.requests.length >= 2);
    expect(kinds.state).toBe('notInstalled');
    expect(kinds.lastError).toBe(
      'the Workload CRD (workloads.carto.run) is not installed',
    );
  });

  it('names the missing RBAC rule on 403', async () => {
    const fake = await serve((_req, res) => {
      res
        .writeHead(403, { 'content-type': 'application/json' })
        .end(
          JSON.stringify({ kind: 'Status', code: 403, message: 'forbidden' }),
        );
    });
    server = fake.server;
    const kinds = start(fake.url);
    await eventually(() => kinds.state === 'error');
    expect(kinds.lastError).toBe(
      "cannot list workloads.carto.run on cluster fake: forbidden for the plugin's service account (forbidden); grant it get, list and watch",
    );
  });

  it('relists after a 410 Gone on the watch and reports what changed', async () => {
    let lists = 0;
    const fake = await serve((_req, res, url) => {
      if (url.searchParams.get('watch')) {
        if (lists === 1) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            `${JSON.stringify({ type: 'ERROR', object: { kind: 'Status', code: 410, reason: 'Expired' } })}\n`,
          );
        } else {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write(
            `${JSON.stringify({ type: 'MODIFIED', object: workload('b', '7') })}\n`,
          );
        }
        return;
      }
      lists++;
      const items = lists === 1 ? [workload('a', '1')] : [workload('b', '5')];
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          kind: 'WorkloadList',
          metadata: { resourceVersion: String(lists * 5) },
          items,
        }),
      );
    });
    server = fake.server;
    const changes: CacheChange[] = [];
    const kinds = start(fake.url, changes);
    await eventually(() =>
      changes.some(
        c =>
          c.type === 'modified' && c.object.metadata?.resourceVersion === '7',
      ),
    );
    expect(lists).toBe(2);
    expect(kinds.list().map(o => o.metadata?.name)).toEqual(['b']);
    expect(changes.map(c => `${c.type}:${c.object.metadata?.name}`)).toEqual([
      'added:a',
      'deleted:a',
      'added:b',
      'modified:b',
    ]);
    // Only the first list is what was there before: a relist reports changes.
    expect(changes.map(c => !!c.initial)).toEqual([true, false, false, false]);
    expect(kinds.state).toBe('ready');
  });

  it('lists in pages and watches from the snapshot of the pages', async () => {
    const asked: Array<string | null> = [];
    let watchedFrom: string | null = null;
    const fake = await serve((_req, res, url) => {
      if (url.searchParams.get('watch')) {
        watchedFrom = url.searchParams.get('resourceVersion');
        res.writeHead(200, { 'content-type': 'application/json' });
        return; // a quiet watch
      }
      asked.push(
        `${url.searchParams.get('limit')}:${url.searchParams.get('continue')}`,
      );
      const second = url.searchParams.get('continue') === 'page-2';
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          kind: 'WorkloadList',
          metadata: {
            resourceVersion: '9',
            continue: second ? undefined : 'page-2',
          },
          items: second
            ? [workload('c', '3')]
            : [workload('a', '1'), workload('b', '2')],
        }),
      );
    });
    server = fake.server;
    const changes: CacheChange[] = [];
    const kinds = start(fake.url, changes);
    await eventually(() => kinds.state === 'ready' && watchedFrom !== null);
    expect(asked).toEqual(['500:null', '500:page-2']);
    expect(kinds.list().map(o => o.metadata?.name)).toEqual(['a', 'b', 'c']);
    expect(changes.map(c => `${c.type}:${c.object.metadata?.name}`)).toEqual([
      'added:a',
      'added:b',
      'added:c',
    ]);
    expect(watchedFrom).toBe('9');
  });

  it('serves the last list marked stale when the server goes away', async () => {
    const fake = await serve((_req, res, url) => {
      if (url.searchParams.get('watch')) {
        // Drop the watch connection abruptly.
        res.socket?.destroy();
        return;
      }
      if (fake.requests.filter(r => !r.endsWith('?watch')).length > 1) {
        res.socket?.destroy();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          kind: 'WorkloadList',
          metadata: { resourceVersion: '1' },
          items: [workload('a', '1')],
        }),
      );
    });
    server = fake.server;
    const kinds = start(fake.url);
    await eventually(() => kinds.state === 'stale');
    expect(kinds.list().map(o => o.metadata?.name)).toEqual(['a']);
    expect(kinds.lastError).toBeTruthy();
  });
});
