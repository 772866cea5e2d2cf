/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import type { KubeConfig } from '@kubernetes/client-node';
import { BackendProcess } from '../backend/BackendProcess';
import type { CollationResult } from '../backend/collation';
import { MemoryUsage, Target } from '../backend/protocol';
import { AuditCounter, describeRequests } from '../cluster/auditLog';
import { Summary } from '../stats';
import { IndexLatency, indexLatency } from './indexRoutes';
import { concurrentLatency, sequentialLatency } from './latency';
import { openTabs } from './openTabs';
import { signalLatency } from './signalLatency';
import { tabRequest, timedTabRequest, workloadsShown } from './tabRequest';

export interface MeasureOptions {
  /** Applications (= workloads = catalog entities) loaded. */
  apps: number;
  namespaces: number;
  sequentialRequests: number;
  concurrentClients: number;
  requestsPerClient: number;
  tabs: number;
  tabsWindowMs: number;
  signalChanges: number;
  /** Requests per index route (ours). */
  indexRequests: number;
  /** Skip the open-tabs window (ours-only sizes, quick runs). */
  skipOpenTabs?: boolean;
  /** Backend config: the cluster plus each backend's own settings. */
  config: object;
  admin: KubeConfig;
  audit: AuditCounter;
  log: (line: string) => void;
}

export interface BackendResult {
  target: Target;
  /** Process spawn to plugins initialized and listening. */
  startMs: number;
  /** Listening to the cache reporting ready with every workload (ours only). */
  initialSyncMs?: number;
  /** API server requests from start until ready (ours: lists and watches). */
  startupApiRequests: number;
  startupApiRequestKinds: string;
  /** Signals published from start until after sync: the initial list must publish none. */
  signalsDuringSync: number;
  memoryAfterSync: MemoryUsage;
  /** After the tab, index, open-tabs and signal phases. */
  memoryAfterLoad: MemoryUsage;
  /** After the search collation and its Lunr index, built in-process (ours). */
  memoryAfterCollation?: MemoryUsage;
  /** The first tab request after start (cold). */
  firstRequestMs: number;
  sequential: Summary;
  concurrent: Summary & { throughputPerS: number };
  apiRequestsPerTabLoad: number;
  tabLoadApiRequestKinds: string;
  /** The Workloads page's routes (ours). */
  index?: IndexLatency;
  openTabs?: {
    tabs: number;
    windowS: number;
    tabRequests: number;
    apiRequests: number;
    apiRequestsPerMinute: number;
    kinds: string;
  };
  signal?: Summary & { missed: number };
  collation?: CollationResult | { error: string };
}

export async function waitForSync(backend: BackendProcess, workloads: number) {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    // A busy backend (the initial list of N objects) may drop a kept-alive
    // connection; only its exit ends the wait early.
    const response = await backend
      .fetch(`/api/cartographer/clusters`)
      .catch(error => {
        if (backend.exited || Date.now() > deadline) throw error;
        return undefined;
      });
    if (!response) {
      await new Promise(resolve => setTimeout(resolve, 500));
      continue;
    }
    const { clusters } = (await response.json()) as {
      clusters: Array<{
        state: string;
        kinds: Array<{ kind: string; count: number }>;
      }>;
    };
    const ready =
      clusters.length > 0 &&
      clusters.every(c => c.state === 'ready') &&
      clusters.every(
        c =>
          (c.kinds.find(k => k.kind === 'Workload')?.count ?? 0) >= workloads,
      );
    if (ready) return;
    if (Date.now() > deadline) {
      throw new Error(`cache not ready: ${JSON.stringify(clusters)}`);
    }
    // Not too often: every poll summarizes the caches too.
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

/** Every measurement of one backend at one N, in its own process. */
export async function measureBackend(
  target: Target,
  options: MeasureOptions,
): Promise<BackendResult> {
  const { audit, log } = options;
  await audit.mark();
  const spawned = performance.now();
  const backend = await BackendProcess.start(
    target,
    options.apps,
    options.config,
  );
  try {
    const startMs = performance.now() - spawned;
    let initialSyncMs: number | undefined;
    if (target === 'cartographer') {
      const listening = performance.now();
      await waitForSync(backend, options.apps);
      initialSyncMs = performance.now() - listening;
    }
    // Watches are opened right after the initial lists; let them land.
    await new Promise(resolve => setTimeout(resolve, 2000));
    const startup = await audit.since();
    const signalsDuringSync = backend.signalCount;
    const memoryAfterSync = await backend.memory();
    log(
      `  ${target}: started in ${Math.round(startMs)} ms${
        initialSyncMs !== undefined
          ? `, cache synced ${Math.round(initialSyncMs)} ms later`
          : ''
      }, RSS ${memoryAfterSync.rssMB} MB`,
    );

    // Both must show exactly app-0's workload, or the comparison is void.
    const firstStarted = performance.now();
    const shown = workloadsShown(backend, await tabRequest(backend, 0));
    const firstRequestMs = performance.now() - firstStarted;
    if (shown !== 1) {
      throw new Error(`${target} shows ${shown} workloads for app-0, not 1`);
    }
    for (let i = 1; i <= 10; i++) await timedTabRequest(backend, i); // warm-up

    await audit.mark();
    const sequential = await sequentialLatency(
      backend,
      options.sequentialRequests,
      options.apps,
    );
    const tabLoadRequests = await audit.since();
    log(
      `  ${target}: sequential p50 ${sequential.p50.toFixed(1)} ms, p99 ${sequential.p99.toFixed(1)} ms; ${tabLoadRequests.length} API requests for ${options.sequentialRequests} tab loads`,
    );

    const concurrent = await concurrentLatency(
      backend,
      options.concurrentClients,
      options.requestsPerClient,
      options.apps,
    );
    log(
      `  ${target}: ${options.concurrentClients} clients p50 ${concurrent.p50.toFixed(1)} ms, p99 ${concurrent.p99.toFixed(1)} ms`,
    );

    const tabs = options.skipOpenTabs
      ? undefined
      : await openTabs(backend, audit, {
          tabs: options.tabs,
          windowMs: options.tabsWindowMs,
          apps: options.apps,
        });
    if (tabs) {
      log(
        `  ${target}: ${tabs.tabs} open tabs: ${tabs.apiRequests} API requests in ${tabs.windowS} s`,
      );
    }

    let signal: BackendResult['signal'];
    let collation: BackendResult['collation'];
    let index: IndexLatency | undefined;
    if (target === 'cartographer') {
      index = await indexLatency(backend, options.indexRequests, options.apps);
      log(
        `  ${target}: index p99 ${Object.entries(index)
          .map(([route, s]) => `${route} ${s.p99.toFixed(1)} ms`)
          .join(', ')}`,
      );
      signal = await signalLatency(backend, options.admin, {
        changes: options.signalChanges,
        apps: options.apps,
        namespaces: options.namespaces,
      });
      log(
        `  ${target}: status change → signal p50 ${signal.p50} ms, p95 ${signal.p95} ms (${signal.missed} missed)`,
      );
    }
    // Before the collation: its Lunr build belongs to the search plugin.
    const memoryAfterLoad = await backend.memory();
    let memoryAfterCollation: MemoryUsage | undefined;
    if (target === 'cartographer') {
      collation = await backend
        .collate()
        .catch(error => ({ error: String(error) }));
      log(`  ${target}: collation ${JSON.stringify(collation)}`);
      memoryAfterCollation = await backend.memory();
    }

    return {
      target,
      startMs,
      initialSyncMs,
      startupApiRequests: startup.length,
      startupApiRequestKinds: describeRequests(startup),
      signalsDuringSync,
      memoryAfterSync,
      memoryAfterLoad,
      memoryAfterCollation,
      firstRequestMs,
      sequential,
      concurrent,
      apiRequestsPerTabLoad:
        tabLoadRequests.length / options.sequentialRequests,
      tabLoadApiRequestKinds: describeRequests(tabLoadRequests),
      index,
      openTabs: tabs && {
        tabs: tabs.tabs,
        windowS: tabs.windowS,
        tabRequests: tabs.tabRequests,
        apiRequests: tabs.apiRequests,
        apiRequestsPerMinute: tabs.apiRequestsPerMinute,
        kinds: describeRequests(tabs.requests),
      },
      signal,
      collation,
    };
  } finally {
    await backend.stop();
  }
}

/**
 * The same test backend and catalog without either plugin: what the
 * harness itself (test services, tsx, source maps) costs in memory.
 */
export async function measureBaseline(
  target: 'baseline' | 'code',
  options: Pick<MeasureOptions, 'apps' | 'config'>,
): Promise<MemoryUsage> {
  const backend = await BackendProcess.start(
    target,
    options.apps,
    options.config,
  );
  try {
    return await backend.memory();
  } finally {
    await backend.stop();
  }
}
