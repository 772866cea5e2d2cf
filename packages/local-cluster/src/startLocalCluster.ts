/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { binaryPaths, ensureBinaries, readBuildInfo } from './build';
import {
  ClusterRecord,
  ComponentRecord,
  isClusterRunning,
  readClusterRecord,
  recordFile,
  stopComponents,
  writeClusterRecord,
} from './clusterRecord';
import {
  CARTOGRAPHER_READY_LOG_PATTERN,
  cartographerArgs,
  cartographerEnv,
} from './components/cartographer';
import { etcdArgs, etcdClientUrl } from './components/etcd';
import {
  apiserverCaFile,
  apiserverUrl,
  kubeApiserverArgs,
} from './components/kubeApiserver';
import { kubeControllerManagerArgs } from './components/kubeControllerManager';
import { LaunchOptions, launchComponent } from './components/launch';
import { ensureCredentials, userNameFor } from './credentials';
import { installCartographerCrds } from './crds';
import { probe } from './httpProbe';
import { KUBECONFIG_USERS, writeKubeconfig } from './kubeconfig';
import { connectToCluster, LocalCluster } from './localClusterHandle';
import { applyManifests, readManifestDir } from './manifests';
import { LocalClusterPaths, localClusterPaths } from './paths';
import { allocatePorts, LOOPBACK } from './ports';
import { startWatchdog, Watchdog } from './watchdog';

export interface StartLocalClusterOptions {
  /**
   * Keep the cluster's data here (etcd, keys, kubeconfig, logs) and leave it
   * on stop(). Without it a fresh temporary directory is used, removed on
   * stop(), and a watchdog tears everything down if this process dies.
   */
  dataDir?: string;
  /** Run scripts/build.sh first (a no-op when up to date). Default true. */
  build?: boolean;
  /** Progress lines; default silent. */
  log?: (line: string) => void;
  /** Only for tests of this package: a different repository root. */
  paths?: LocalClusterPaths;
  /** Extra kube-apiserver flags, e.g. an audit policy for the benchmarks. */
  apiserverArgs?: string[];
}

const TIMEOUTS = {
  etcd: 30_000,
  apiserver: 120_000,
  controllerManager: 60_000,
  cartographer: 60_000,
};

/**
 * Starts etcd, kube-apiserver, kube-controller-manager and the Cartographer
 * controller on free loopback ports, installs Cartographer's CRDs and the
 * RBAC for the controller and the sample users, and returns a handle.
 */
export async function startLocalCluster(
  options: StartLocalClusterOptions = {},
): Promise<LocalCluster> {
  const paths = options.paths ?? localClusterPaths();
  const log = options.log ?? (() => {});
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;

  const buildInfo =
    options.build === false
      ? await readBuildInfo(paths)
      : await ensureBinaries(paths);
  const binaries = binaryPaths(paths);

  const persistent = options.dataDir !== undefined;
  const dataDir = persistent
    ? path.resolve(options.dataDir!)
    : await fs.mkdtemp(path.join(os.tmpdir(), 'local-cluster-'));
  await fs.mkdir(path.join(dataDir, 'logs'), { recursive: true });

  const previous = await readClusterRecord(recordFile(dataDir));
  if (previous && isClusterRunning(previous)) {
    throw new Error(
      `a local cluster is already running from ${dataDir}; use ensureLocalCluster() or \`yarn cluster:status\``,
    );
  }
  if (previous) {
    // Leftovers of a half-started or half-stopped cluster.
    await stopComponents(previous);
  }

  const runRecordFile = persistent
    ? undefined
    : path.join(paths.runsDir, `${path.basename(dataDir)}.json`);
  let watchdog: Watchdog | undefined;
  if (!persistent) {
    await fs.mkdir(paths.runsDir, { recursive: true });
    watchdog = await startWatchdog({
      pidListFile: path.join(dataDir, 'pids'),
      removeOnOwnerExit: [dataDir, runRecordFile!],
    });
  }

  const credentials = await ensureCredentials(dataDir);
  const ports = await allocatePorts(
    ['etcd', 'etcdPeer', 'apiserver', 'controllerManager'] as const,
    previous?.ports,
  );
  const server = apiserverUrl(ports.apiserver);
  const caFile = apiserverCaFile(dataDir);
  const kubeconfigPath = path.join(dataDir, 'kubeconfig');
  const record: ClusterRecord = {
    dataDir,
    persistent,
    server,
    kubeconfigPath,
    caFile,
    ports,
    components: [],
    watchdogPid: watchdog?.pid,
    startedAt: new Date().toISOString(),
  };
  const saveRecord = () =>
    writeClusterRecord(record, runRecordFile ? [runRecordFile] : []);
  await saveRecord();

  const launch = async (
    launchOptions: Omit<LaunchOptions, 'logFile' | 'onSpawned'>,
  ): Promise<ComponentRecord> => {
    log(`starting ${launchOptions.name} ...`);
    const component = await launchComponent({
      ...launchOptions,
      logFile: path.join(dataDir, 'logs', `${launchOptions.name}.log`),
      onSpawned: async spawned => {
        record.components.push(spawned);
        await watchdog?.watch(spawned.pid);
        await saveRecord();
      },
    });
    log(
      `${launchOptions.name} ready (pid ${component.pid}) after ${elapsed()}`,
    );
    return component;
  };

  try {
    await launch({
      name: 'etcd',
      executable: binaries.etcd,
      args: etcdArgs({
        dataDir,
        clientPort: ports.etcd,
        peerPort: ports.etcdPeer,
      }),
      port: ports.etcd,
      timeoutMs: TIMEOUTS.etcd,
      isReady: async () => {
        const health = await probe(`${etcdClientUrl(ports.etcd)}/health`);
        return health.status === 200 && health.body.includes('"true"');
      },
    });

    const adminToken = credentials.tokens.admin;
    await launch({
      name: 'kube-apiserver',
      executable: binaries.kubeApiserver,
      args: kubeApiserverArgs({
        dataDir,
        securePort: ports.apiserver,
        etcdClientPort: ports.etcd,
        serviceAccountKeyFile: credentials.serviceAccountKeyFile,
        tokenAuthFile: credentials.tokenAuthFile,
      }).concat(options.apiserverArgs ?? []),
      port: ports.apiserver,
      timeoutMs: TIMEOUTS.apiserver,
      // Ready, serving with the certificate we hand out, and the bootstrap
      // `default` namespace exists (as upstream's StartTestServer waits for).
      isReady: async () => {
        const ca = await fs.readFile(caFile);
        const readyz = await probe(`${server}/readyz`, {
          token: adminToken,
          ca,
        });
        if (readyz.status !== 200) return false;
        const ns = await probe(`${server}/api/v1/namespaces/default`, {
          token: adminToken,
          ca,
        });
        return ns.status === 200;
      },
    });

    await writeKubeconfig(kubeconfigPath, {
      server,
      caFile,
      users: KUBECONFIG_USERS.map(name => ({
        name,
        token: credentials.tokens[name],
      })),
    });
    const controllerManagerKubeconfig = path.join(
      dataDir,
      'kube-controller-manager.kubeconfig',
    );
    await writeKubeconfig(controllerManagerKubeconfig, {
      server,
      caFile,
      users: [
        {
          name: userNameFor('controllerManager'),
          token: credentials.tokens.controllerManager,
        },
      ],
    });
    const cartographerKubeconfig = path.join(
      dataDir,
      'cartographer.kubeconfig',
    );
    await writeKubeconfig(cartographerKubeconfig, {
      server,
      caFile,
      users: [
        {
          name: userNameFor('cartographer'),
          token: credentials.tokens.cartographer,
        },
      ],
    });

    const cluster = await connectToCluster(kubeconfigPath, {
      dataDir,
      owned: true,
      components: record.components,
    });
    const admin = cluster.kubeConfig('admin');
    const crds = await installCartographerCrds(admin, buildInfo.crdDir);
    log(`installed ${crds.length} Cartographer CRDs after ${elapsed()}`);
    await applyManifests(admin, [
      ...(await readManifestDir(paths.controlPlaneManifestsDir)),
      ...(await readManifestDir(paths.accessManifestsDir)),
    ]);

    await launch({
      name: 'kube-controller-manager',
      executable: binaries.kubeControllerManager,
      args: kubeControllerManagerArgs({
        dataDir,
        securePort: ports.controllerManager,
        kubeconfigPath: controllerManagerKubeconfig,
        serviceAccountKeyFile: credentials.serviceAccountKeyFile,
        rootCaFile: caFile,
      }),
      port: ports.controllerManager,
      timeoutMs: TIMEOUTS.controllerManager,
      isReady: async () =>
        (await probe(`https://${LOOPBACK}:${ports.controllerManager}/healthz`))
          .status === 200,
    });

    const cartographerLog = path.join(dataDir, 'logs', 'cartographer.log');
    const logOffset = await fs
      .stat(cartographerLog)
      .then(s => s.size)
      .catch(() => 0);
    await launch({
      name: 'cartographer',
      executable: binaries.cartographer,
      args: cartographerArgs({ kubeconfigPath: cartographerKubeconfig }),
      env: cartographerEnv(binaries.ytt),
      timeoutMs: TIMEOUTS.cartographer,
      // No health port without webhooks/metrics: its log says when the
      // Workload reconciler has started.
      isReady: async () =>
        CARTOGRAPHER_READY_LOG_PATTERN.test(
          (await fs.readFile(cartographerLog, 'utf8')).slice(logOffset),
        ),
    });

    log(`local cluster ready at ${server} after ${elapsed()}`);
    return withStop(cluster, async () => {
      // An outage test may have restarted a component: the file has its PID.
      await stopComponents(
        (await readClusterRecord(recordFile(dataDir))) ?? record,
      );
      if (!persistent) {
        await fs.rm(dataDir, { recursive: true, force: true });
        await fs.rm(runRecordFile!, { force: true });
      }
    });
  } catch (error) {
    await stopComponents(record);
    if (!persistent) {
      await fs.rm(dataDir, { recursive: true, force: true });
      await fs.rm(runRecordFile!, { force: true });
    }
    throw error;
  }
}

function withStop(
  cluster: LocalCluster,
  stop: () => Promise<void>,
): LocalCluster {
  let stopping: Promise<void> | undefined;
  return {
    ...cluster,
    stop: () => {
      stopping ??= stop();
      return stopping;
    },
  };
}
