/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  createServer,
  IncomingMessage,
  Server,
  ServerResponse,
} from 'node:http';
import { AddressInfo } from 'node:net';
import { loadClientNode } from '../clusters/clientNode';

export type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) => void;

/** A loopback HTTP server standing in for an API server, recording each path. */
export async function serve(
  handler: Handler,
): Promise<{ server: Server; url: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://127.0.0.1');
    requests.push(
      `${url.pathname}${url.searchParams.get('watch') ? '?watch' : ''}`,
    );
    handler(req, res, url);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
  };
}

/** A kubeconfig pointing at {@link serve}'s server. */
export function fakeKubeConfig(url: string) {
  const kc = new (loadClientNode().KubeConfig)();
  kc.loadFromOptions({
    clusters: [{ name: 'fake', server: url, skipTLSVerify: true }],
    users: [{ name: 'u', token: 't' }],
    contexts: [{ name: 'fake', cluster: 'fake', user: 'u' }],
    currentContext: 'fake',
  });
  return kc;
}
