/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { createRequire } from 'node:module';

/** The module namespace of the ESM-only `@kubernetes/client-node` 2.x. */
export type ClientNode = typeof import('@kubernetes/client-node');

let loading: Promise<ClientNode> | undefined;

/**
 * Loads `@kubernetes/client-node` 2.x, which is ESM-only ("type": "module"),
 * from this CommonJS-compiled package.
 *
 * - At runtime (tsx, `backstage-cli package start`, the built backend) a
 *   dynamic `import()` loads it natively.
 * - Under Jest, `import()` needs `NODE_OPTIONS=--experimental-vm-modules`
 *   (the package's `test` script sets it). When Jest runs without that flag,
 *   e.g. from `backstage-cli repo test`, we fall back to Node's own
 *   `require`, which loads ES modules since Node 22.12 (`require(esm)`); the
 *   module then lives outside Jest's registry, so `jest.mock` cannot replace it.
 */
export function loadClientNode(): Promise<ClientNode> {
  loading ??= import('@kubernetes/client-node').catch(error => {
    if (!isMissingVmModulesFlag(error)) {
      throw error;
    }
    return createRequire(__filename)('@kubernetes/client-node') as ClientNode;
  });
  return loading;
}

function isMissingVmModulesFlag(error: unknown): boolean {
  const { code, message } = (error ?? {}) as {
    code?: string;
    message?: string;
  };
  return (
    code === 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG' ||
    code === 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING' ||
    /experimental-vm-modules/.test(message ?? '')
  );
}
