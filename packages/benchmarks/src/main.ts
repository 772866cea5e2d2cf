/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import {
  backstageAppConfig,
  LocalCluster,
  stopClusterAt,
} from '@internal/local-cluster';
import {
  BenchCluster,
  benchClusterDir,
  startBenchCluster,
} from './cluster/benchCluster';
import {
  createNamespaces,
  createWorkloads,
  isSettled,
  listBenchWorkloads,
  readStatusTemplates,
  waitForReconciled,
  writeStatuses,
} from './load/workloads';
import { describeMachine } from './machine';
import { measureAuthenticated } from './measure/measureAuthenticated';
import {
  measureBackend,
  measureBaseline,
  MeasureOptions,
} from './measure/measureBackend';
import { BenchOptions, parseOptions } from './options';
import {
  BenchResults,
  LoadResult,
  resultsTable,
  SizeResult,
  targetsTable,
  writeResults,
} from './report';
import { writePlot } from './plot';

/* eslint-disable no-console */
const log = (line: string) =>
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

/** The same cluster for both; each backend reads only its own settings. */
function backendConfig(cluster: LocalCluster): object {
  const base = backstageAppConfig(cluster);
  return {
    ...base,
    kubernetes: {
      ...base.kubernetes,
      // The stock plugin's way to show Workloads on the entity tab.
      customResources: [
        { group: 'carto.run', apiVersion: 'v1alpha1', plural: 'workloads' },
      ],
    },
    cartographer: { approval: { label: 'cartographer.backstage.io/approved' } },
  };
}

interface LoadState {
  controllerStopped: boolean;
  /** Workloads Cartographer settled before it was stopped. */
  reconciled: number;
  /** Workloads created so far. */
  loaded: number;
}

/**
 * Brings the cluster to `n` workloads. Cartographer reconciles the first
 * `reconciled` itself and is then stopped: on 2 shared cores it would need
 * hours for 10,000 (each reconcile stamps five ConfigMaps), and a running
 * controller would overwrite the statuses written for the rest.
 */
async function loadTo(
  bench: BenchCluster,
  n: number,
  options: BenchOptions,
  state: LoadState,
): Promise<LoadResult> {
  const admin = bench.cluster.kubeConfig('admin');
  const load = {
    namespaces: options.namespaces,
    concurrency: options.loadConcurrency,
  };
  const started = performance.now();
  let next = state.loaded;
  if (!state.controllerStopped) {
    const share = Math.min(options.reconciled, n);
    await createWorkloads(admin, next, share, load);
    log(`  created ${share} workloads; Cartographer reconciles them`);
    state.reconciled = await waitForReconciled(admin, share, 5 * 60_000, log);
    await bench.stopCartographer();
    state.controllerStopped = true;
    log(
      `  Cartographer settled ${state.reconciled}/${share}; controller stopped`,
    );
    next = share;
  }
  await createWorkloads(admin, next, n, load);
  state.loaded = n;
  const templates = await readStatusTemplates(admin);
  const unsettled = (await listBenchWorkloads(admin))
    .filter(w => !isSettled(w))
    .map(w => Number(w.metadata!.name!.slice('app-'.length)));
  await writeStatuses(admin, unsettled, templates, load);
  const result = {
    n,
    loadS: (performance.now() - started) / 1000,
    reconciledByCartographer: state.reconciled,
    statusWritten: n - state.reconciled,
  };
  log(
    `  N=${n}: ${result.reconciledByCartographer} reconciled by Cartographer, ${result.statusWritten} statuses written through the status subresource (load ${result.loadS.toFixed(0)} s)`,
  );
  return result;
}

/**
 * Loads the cluster to N workloads, then measures everything there: each
 * backend with mock auth, then again with real auth as a restricted user.
 * `oursOnly`: a size beyond the comparison, ours with mock auth alone.
 */
async function measureSize(
  bench: BenchCluster,
  n: number,
  options: BenchOptions,
  state: LoadState,
  oursOnly = false,
): Promise<SizeResult> {
  log(`N=${n}: loading ...`);
  const load = await loadTo(bench, n, options, state);
  const measure: MeasureOptions = {
    apps: n,
    namespaces: options.namespaces,
    sequentialRequests: options.sequentialRequests,
    concurrentClients: options.concurrentClients,
    requestsPerClient: options.requestsPerClient,
    tabs: options.tabs,
    tabsWindowMs: options.tabsWindowS * 1000,
    signalChanges: options.signalChanges,
    indexRequests: options.indexRequests,
    skipOpenTabs: oursOnly || options.tabsWindowS === 0,
    config: backendConfig(bench.cluster),
    admin: bench.cluster.kubeConfig('admin'),
    audit: bench.audit,
    log,
  };
  log(`N=${n}: measuring this project's backend ...`);
  const cartographer = await measureBackend('cartographer', measure);
  let more: Partial<SizeResult> = {};
  if (!oursOnly) {
    log(`N=${n}: measuring the stock Kubernetes backend ...`);
    const kubernetes = await measureBackend('kubernetes', measure);
    log(`N=${n}: both again with real auth and the demo's policy ...`);
    more = { kubernetes };
    try {
      more.cartographerAuth = await measureAuthenticated(
        'cartographer',
        measure,
      );
      more.kubernetesAuth = await measureAuthenticated('kubernetes', measure);
    } catch (error) {
      // The mock-auth figures stand; the run fails (a leak is among these).
      log(`N=${n}: real auth phase failed: ${(error as Error).stack}`);
      more.authError = (error as Error).message;
      process.exitCode = 1;
    }
  }
  const baseline = await measureBaseline('baseline', measure);
  const code = await measureBaseline('code', measure);
  log(
    `N=${n}: harness alone RSS ${baseline.rssMB} MB (heap ${baseline.heapUsedMB} MB); with our plugin's code loaded ${code.rssMB} MB (heap ${code.heapUsedMB} MB)`,
  );
  return { load, baseline, code, cartographer, ...more };
}

async function main() {
  const repoRoot = path.resolve(
    resolvePackagePath('@internal/benchmarks'),
    '../..',
  );
  const options = parseOptions(process.argv.slice(2), repoRoot);
  const workDir = await fs.mkdtemp(
    path.join(os.tmpdir(), 'cartographer-bench-'),
  );
  // Installed before the cluster starts: Ctrl-C while it is starting must
  // not leave etcd and kube-apiserver running.
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await stopClusterAt(benchClusterDir(workDir));
      await fs.rm(workDir, { recursive: true, force: true });
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stop().finally(() => process.exit(130)));
  }
  log('starting an own local cluster (builds the binaries when missing) ...');
  let bench: BenchCluster;
  try {
    bench = await startBenchCluster(workDir, line => log(`  ${line}`));
  } catch (error) {
    await stop();
    throw error;
  }

  const results: BenchResults = {
    date: new Date().toISOString(),
    command: `yarn bench ${process.argv.slice(2).join(' ')}`.trim(),
    machine: describeMachine(),
    options,
    notes: [
      `Statuses: Cartographer reconciled the first ${options.reconciled} workloads itself and was then stopped; the benchmark wrote the status of the others through the status subresource, copied from those (2 cores cannot reconcile 10,000, and a running controller would overwrite them).`,
      'API server requests are counted in the kube-apiserver audit log, filtered to the `backstage` user both backends use.',
      "Open tabs refetch every 10 s (the stock tab's interval; ours polls at that rate only without the signals plugin: the worst case).",
      'Signal latency: status patch sent → the backend hands the signal to the signals service (the WebSocket hop to the browser is not included).',
      'Both backends run from sources under tsx in @backstage/backend-test-utils; the harness alone is measured so its memory can be subtracted.',
      "Real auth: the production auth, httpAuth, userInfo, permissions and permissionsRegistry services, the auth backend's guest provider signing a user token, the permission backend and the demo's policy module; the user's group may see 1 of the namespaces. Every answer of ours is checked for workloads of the others (the run fails on one); the stock backend has no namespace rules, so its answers are counted.",
      `Machine load average at the start: ${describeMachine().loadAverage} on ${describeMachine().cpus} cores (shared with other work).`,
    ],
    sizes: [],
  };
  try {
    await createNamespaces(
      bench.cluster.kubeConfig('admin'),
      options.namespaces,
    );
    const state = { controllerStopped: false, reconciled: 0, loaded: 0 };
    const sizes = [
      ...options.sizes.map(n => ({ n, oursOnly: false })),
      ...options.oursOnlySizes.map(n => ({ n, oursOnly: true })),
    ];
    for (const { n, oursOnly } of sizes) {
      try {
        results.sizes.push(
          await measureSize(bench, n, options, state, oursOnly),
        );
        // Partial results survive a failure at a larger N.
        await writePlot(results, await writeResults(results));
      } catch (error) {
        log(`N=${n} failed: ${(error as Error).stack}`);
        results.notes.push(`N=${n} not measured: ${(error as Error).message}`);
        break;
      }
    }
  } finally {
    await stop();
  }
  if (results.sizes.length === 0) {
    throw new Error(`nothing measured: ${results.notes.at(-1)}`);
  }
  console.log('');
  console.log(resultsTable(results));
  console.log('');
  console.log(targetsTable(results));
  const file = await writeResults(results);
  log(
    `plot written to ${path.relative(repoRoot, await writePlot(results, file))}`,
  );
  console.log('');
  log(`results written to ${path.relative(repoRoot, file)}`);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
