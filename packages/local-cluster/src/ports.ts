/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import net from 'node:net';

export const LOOPBACK = '127.0.0.1';

function listen(port: number): Promise<net.Server | undefined> {
  return new Promise(resolve => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(undefined));
    server.listen(port, LOOPBACK, () => resolve(server));
  });
}

function close(server: net.Server): Promise<void> {
  return new Promise(resolve => server.close(() => resolve()));
}

/**
 * Picks one free loopback port per name. A previously used port is kept when
 * it is still free, so URLs in a persistent kubeconfig stay stable. All ports
 * are held open until every one is chosen, so no two names get the same port.
 */
export async function allocatePorts<K extends string>(
  names: readonly K[],
  previous: Partial<Record<K, number>> = {},
): Promise<Record<K, number>> {
  const held: net.Server[] = [];
  const ports = {} as Record<K, number>;
  try {
    for (const name of names) {
      const wanted = previous[name];
      let server = wanted ? await listen(wanted) : undefined;
      server ??= await listen(0);
      if (!server) {
        throw new Error(`no free loopback port for ${name}`);
      }
      held.push(server);
      ports[name] = (server.address() as net.AddressInfo).port;
    }
  } finally {
    await Promise.all(held.map(close));
  }
  return ports;
}
