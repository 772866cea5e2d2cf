/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import type { CollationResult } from './collation';
import type { SignalRecord } from './recordingSignals';

/**
 * Which backend a child process runs. `baseline` is the same test backend
 * and catalog without either plugin, to tell the harness's memory apart;
 * `code` adds our plugin's modules without starting it, to tell its code
 * (mostly @kubernetes/client-node 2.x) from its cached data.
 */
export type Target = 'cartographer' | 'kubernetes' | 'baseline' | 'code';

/**
 * `mock`: the test backend's mock auth and allow-all permissions. `real`:
 * the production auth, httpAuth, userInfo and permissions services, the
 * auth backend (guest sign-in issues signed user tokens), the permission
 * backend and the demo's namespace policy.
 */
export type AuthMode = 'mock' | 'real';

export interface MemoryUsage {
  rssMB: number;
  heapUsedMB: number;
  heapTotalMB: number;
}

/** Parent → child. */
export type Command =
  | {
      type: 'start';
      target: Target;
      auth: AuthMode;
      entities: number;
      config: object;
    }
  | { type: 'memory' }
  | { type: 'collate' }
  | { type: 'stop' };

/** Child → parent. */
export type Report =
  | { type: 'ready'; port: number; startMs: number }
  | { type: 'memory'; memory: MemoryUsage }
  | { type: 'collated'; result?: CollationResult; error?: string }
  | { type: 'error'; error: string }
  | SignalRecord;
