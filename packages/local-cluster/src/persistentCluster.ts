/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { writeBackstageAppConfig } from './appConfig';
import {
  ClusterRecord,
  COMPONENT_NAMES,
  ComponentName,
  isClusterRunning,
  isComponentRunning,
  readClusterRecord,
  recordFile,
  stopComponents,
} from './clusterRecord';
import { isServing } from './ensureLocalCluster';
import { connectToCluster, LocalCluster } from './localClusterHandle';
import { localClusterPaths, LocalClusterPaths } from './paths';
import { OwnerObject, seedSamples, waitForSamples } from './samples';
import { startLocalCluster } from './startLocalCluster';

export interface UpResult {
  cluster: LocalCluster;
  /** False when a running cluster was found and reused. */
  started: boolean;
  samples: OwnerObject[];
  appConfigFile: string;
  /** Seconds from the call until every sample had its expected Ready status. */
  secondsToSamplesReady: number;
}

/**
 * `cluster:up`: starts the persistent cluster unless it already runs, seeds
 * the samples (idempotent), waits until they settle and writes the Backstage
 * app-config. The processes keep running after this process exits.
 */
export async function upPersistentCluster(
  options: { log?: (line: string) => void; paths?: LocalClusterPaths } = {},
): Promise<UpResult> {
  const paths = options.paths ?? localClusterPaths();
  const log = options.log ?? (() => {});
  const started = Date.now();
  const record = await readClusterRecord(recordFile(paths.persistentStateDir));
  const running =
    !!record &&
    isClusterRunning(record) &&
    (await isServing(record.kubeconfigPath));
  let cluster: LocalCluster;
  if (running) {
    log(`local cluster already running at ${record!.server}`);
    cluster = await connectToCluster(record!.kubeconfigPath, {
      components: record!.components,
    });
  } else {
    cluster = await startLocalCluster({
      dataDir: paths.persistentStateDir,
      log,
      paths,
    });
  }
  log('seeding samples from examples/cluster ...');
  await seedSamples(cluster.kubeConfig(), paths.samplesDir);
  const samples = await waitForSamples(cluster.kubeConfig(), {
    timeoutMs: 180_000,
  });
  const secondsToSamplesReady = (Date.now() - started) / 1000;
  await writeBackstageAppConfig(paths.appConfigFile, cluster);
  return {
    cluster,
    started: !running,
    samples,
    appConfigFile: paths.appConfigFile,
    secondsToSamplesReady,
  };
}

export interface ComponentStatus {
  name: ComponentName;
  state: 'running' | 'stopped';
  pid?: number;
  port?: number;
  logFile?: string;
}

export interface ClusterStatus {
  kubeconfigPath?: string;
  server?: string;
  dataDir: string;
  components: ComponentStatus[];
  /** Test-started clusters whose processes still run. */
  strayRuns: string[];
}

export async function readClusterStatus(
  paths: LocalClusterPaths = localClusterPaths(),
): Promise<ClusterStatus> {
  const record = await readClusterRecord(recordFile(paths.persistentStateDir));
  const components = COMPONENT_NAMES.map((name): ComponentStatus => {
    const component = record?.components.find(c => c.name === name);
    if (!component) {
      return { name, state: 'stopped' };
    }
    return {
      name,
      state: isComponentRunning(component) ? 'running' : 'stopped',
      pid: component.pid,
      port: component.port,
      logFile: component.logFile,
    };
  });
  const strayRuns = (await readRunRecords(paths))
    .filter(run => run.components.some(isComponentRunning))
    .map(run => run.dataDir);
  return {
    kubeconfigPath: record?.kubeconfigPath,
    server: record?.server,
    dataDir: paths.persistentStateDir,
    components,
    strayRuns,
  };
}

/**
 * `cluster:down`: stops the persistent cluster (its data stays for the next
 * `up`) and every test-started cluster a crashed run left behind.
 */
export async function downAll(
  paths: LocalClusterPaths = localClusterPaths(),
): Promise<string[]> {
  const stopped: string[] = [];
  const record = await readClusterRecord(recordFile(paths.persistentStateDir));
  if (record) {
    if (record.components.some(isComponentRunning)) {
      stopped.push(record.dataDir);
    }
    await stopComponents(record);
  }
  for (const run of await readRunRecords(paths)) {
    if (run.components.some(isComponentRunning)) {
      stopped.push(run.dataDir);
    }
    await stopComponents(run);
    await fs.rm(run.dataDir, { recursive: true, force: true });
    await fs.rm(
      path.join(paths.runsDir, `${path.basename(run.dataDir)}.json`),
      {
        force: true,
      },
    );
  }
  return stopped;
}

async function readRunRecords(
  paths: LocalClusterPaths,
): Promise<ClusterRecord[]> {
  const files = await fs.readdir(paths.runsDir).catch(() => [] as string[]);
  const records = await Promise.all(
    files
      .filter(f => f.endsWith('.json'))
      .map(f => readClusterRecord(path.join(paths.runsDir, f))),
  );
  return records.filter((r): r is ClusterRecord => !!r);
}
