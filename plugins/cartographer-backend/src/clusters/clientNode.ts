/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { createRequire } from 'node:module';

/** The module namespace of `@kubernetes/client-node` 2.x. */
export type ClientNode = typeof import('@kubernetes/client-node');

let clientNode: ClientNode | undefined;

/**
 * client-node 2.x is ESM-only while Backstage compiles plugins to CommonJS.
 * Node 22.12+ can `require()` ES modules, which works the same in the built
 * backend, in `backstage-cli package start` and under Jest.
 */
export function loadClientNode(): ClientNode {
  clientNode ??= createRequire(__filename)(
    '@kubernetes/client-node',
  ) as ClientNode;
  return clientNode;
}
