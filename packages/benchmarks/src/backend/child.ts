/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import type { AddressInfo } from 'node:net';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { benchCatalogFactory } from './catalog';
import { collationProbePlugin, runCollation } from './collation';
import { AuthMode, Command, MemoryUsage, Report, Target } from './protocol';
import { recordingSignalsFactory } from './recordingSignals';

/*
 * One backend under test, alone in this process so that its RSS and heap
 * are its own. Driven by the benchmark over the IPC channel.
 */

const send = (report: Report) => process.send?.(report);
let backend: Awaited<ReturnType<typeof startTestBackend>> | undefined;

/**
 * What a production backend verifies on every request: signed user tokens
 * (issued by the auth backend's guest provider, as in the demo) and each
 * permission decided by the permission backend under the demo's policy
 * module, loaded from the demo backend itself.
 */
async function realAuth() {
  const policy = resolvePackagePath('backend', 'src/permissionPolicy.ts');
  return [
    (await import('@backstage/backend-defaults/auth')).authServiceFactory,
    (await import('@backstage/backend-defaults/httpAuth'))
      .httpAuthServiceFactory,
    (await import('@backstage/backend-defaults/userInfo'))
      .userInfoServiceFactory,
    (await import('@backstage/backend-defaults/permissions'))
      .permissionsServiceFactory,
    (await import('@backstage/backend-defaults/permissionsRegistry'))
      .permissionsRegistryServiceFactory,
    import('@backstage/plugin-auth-backend'),
    import('@backstage/plugin-auth-backend-module-guest-provider'),
    import('@backstage/plugin-permission-backend'),
    import(policy),
  ];
}

async function features(
  target: Target,
  auth: AuthMode,
  entities: number,
  config: object,
) {
  const common = [
    mockServices.rootConfig.factory({ data: config as any }),
    benchCatalogFactory(entities),
    ...(auth === 'real' ? await realAuth() : []),
  ];
  if (target === 'cartographer') {
    return [
      ...common,
      recordingSignalsFactory,
      import('@internal/plugin-cartographer-backend'),
      collationProbePlugin,
    ];
  }
  if (target === 'kubernetes') {
    return [...common, import('@backstage/plugin-kubernetes-backend')];
  }
  if (target === 'code') {
    // Loaded but not added: its code and dependencies, no caches. The
    // plugin loads client-node only when it starts, so load it here too.
    await import('@internal/plugin-cartographer-backend');
    await import('@kubernetes/client-node');
  }
  return common;
}

function memory(): MemoryUsage {
  // Collect first, so heap numbers are live data, not garbage not yet freed.
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
  return {
    rssMB: mb(m.rss),
    heapUsedMB: mb(m.heapUsed),
    heapTotalMB: mb(m.heapTotal),
  };
}

async function handle(command: Command) {
  switch (command.type) {
    case 'start': {
      const started = performance.now();
      backend = await startTestBackend({
        features: await features(
          command.target,
          command.auth,
          command.entities,
          command.config,
        ),
      });
      const port = (backend.server.address() as AddressInfo).port;
      send({ type: 'ready', port, startMs: performance.now() - started });
      return;
    }
    case 'memory':
      send({ type: 'memory', memory: memory() });
      return;
    case 'collate':
      try {
        send({ type: 'collated', result: await runCollation() });
      } catch (error) {
        send({ type: 'collated', error: String(error) });
      }
      return;
    case 'stop':
      await backend?.stop();
      process.exit(0);
      break;
    default:
      send({
        type: 'error',
        error: `unknown command ${JSON.stringify(command)}`,
      });
  }
}

process.on('message', (command: Command) => {
  handle(command).catch(error => {
    send({ type: 'error', error: String(error?.stack ?? error) });
  });
});
// The benchmark died: do not linger.
process.on('disconnect', () => process.exit(0));
