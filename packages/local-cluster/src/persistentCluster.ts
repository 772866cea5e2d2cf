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
import { servesWithin } from './ensureLocalCluster';
import { connectToCluster, LocalCluster } from './localClusterHandle';
import { localClusterPaths, LocalClusterPaths } from './paths';
import { ensureBinaries } from './build';
import { allStateDirs, ClusterRole, FleetMember, fleetMembers } from './fleet';
import { handOverDeliverables, HandOverResult } from './handover';
import {
  DELIVERABLE_EXPECTATIONS,
  OwnerObject,
  seedSamples,
  waitForSamples,
} from './samples';
import { startLocalCluster } from './startLocalCluster';

export interface UpMember {
  name: string;
  role: ClusterRole;
  cluster: LocalCluster;
  /** False when a running cluster was found and reused. */
  started: boolean;
}

export interface UpResult {
  /** The build cluster (or the single one): what tests and scripts use first. */
  cluster: LocalCluster;
  members: UpMember[];
  /** False when every cluster was found running and reused. */
  started: boolean;
  samples: OwnerObject[];
  appConfigFile: string;
  /** Seconds from the call until every sample had its expected Ready status. */
  secondsToSamplesReady: number;
}

/**
 * Starts a fleet member somewhere else than its persistent data dir: a test
 * running `up` in a mode of its own passes ephemeral clusters, which a
 * watchdog removes if the test dies.
 */
export type StartFleetMember = (member: FleetMember) => Promise<LocalCluster>;

/** Reuses the persistent cluster of a data dir when it runs, else starts it. */
async function upMember(
  member: FleetMember,
  paths: LocalClusterPaths,
  log: (line: string) => void,
  start?: StartFleetMember,
): Promise<UpMember> {
  const record = await readClusterRecord(recordFile(member.stateDir));
  const prefixed = (line: string) => log(`[${member.name}] ${line}`);
  if (
    record &&
    isClusterRunning(record) &&
    (await servesWithin(record.kubeconfigPath, 60_000))
  ) {
    prefixed(`already running at ${record.server}`);
    const cluster = await connectToCluster(record.kubeconfigPath, {
      components: record.components,
    });
    return { ...member, cluster, started: false };
  }
  const cluster = await (start
    ? start(member)
    : startLocalCluster({
        dataDir: member.stateDir,
        log: prefixed,
        paths,
        build: false,
      }));
  return { ...member, cluster, started: true };
}

/**
 * `cluster:up`: starts the persistent clusters of the fleet (build and run,
 * or one with CARTOGRAPHER_CLUSTERS=1) unless they already run, seeds each
 * with its side of the samples (idempotent), waits until the Workloads
 * settle, hands their Deliverables over to the run cluster, waits for those,
 * and writes the Backstage app-config. The processes keep running after
 * this process exits.
 */
export async function upPersistentCluster(
  options: {
    log?: (line: string) => void;
    paths?: LocalClusterPaths;
    env?: NodeJS.ProcessEnv;
    start?: StartFleetMember;
  } = {},
): Promise<UpResult> {
  const paths = options.paths ?? localClusterPaths();
  const log = options.log ?? (() => {});
  const started = Date.now();
  const fleet = fleetMembers(paths, options.env);
  // Built once up front, so the clusters do not race to build.
  await ensureBinaries(paths);
  // In parallel: most of a start is waiting on readiness probes.
  const members = await Promise.all(
    fleet.map(member => upMember(member, paths, log, options.start)),
  );
  const build = members[0];
  const run = members.find(m => m.role === 'run') ?? build;
  log('seeding samples from examples/cluster ...');
  for (const member of members) {
    await seedSamples(
      member.cluster.kubeConfig(),
      paths.samplesDir,
      member.role,
    );
  }
  const samples = await waitForSamples(build.cluster.kubeConfig(), {
    timeoutMs: 180_000,
  });
  const handedOver = await handOverDeliverables(
    build.cluster.kubeConfig(),
    run.cluster.kubeConfig(),
  );
  log(
    `handed ${handedOver.applied.length} Deliverable(s) over from ${build.name} to ${run.name}` +
      `, pruned ${handedOver.pruned.length}`,
  );
  samples.push(
    ...(await waitForSamples(run.cluster.kubeConfig(), {
      timeoutMs: 180_000,
      expectations: DELIVERABLE_EXPECTATIONS,
    })),
  );
  const secondsToSamplesReady = (Date.now() - started) / 1000;
  await writeBackstageAppConfig(
    paths.appConfigFile,
    members.map(m => ({ name: m.name, cluster: m.cluster })),
  );
  return {
    cluster: build.cluster,
    members,
    started: members.some(m => m.started),
    samples,
    appConfigFile: paths.appConfigFile,
    secondsToSamplesReady,
  };
}

/**
 * One hand-over pass between the running persistent clusters (build to run,
 * or the single cluster to itself): what `cli handover` repeats so that
 * Deliverables of workloads created after `cluster:up` reach run too.
 */
export async function handOverPersistent(
  paths: LocalClusterPaths = localClusterPaths(),
): Promise<HandOverResult> {
  const fleet = fleetMembers(paths);
  const clusters = await Promise.all(
    fleet.map(async member => {
      const record = await readClusterRecord(recordFile(member.stateDir));
      if (!record || !isClusterRunning(record)) {
        throw new Error(`the ${member.name} cluster is not running`);
      }
      return connectToCluster(record.kubeconfigPath);
    }),
  );
  const build = clusters[0];
  const run = clusters[clusters.length - 1];
  return handOverDeliverables(build.kubeConfig(), run.kubeConfig());
}

export interface ComponentStatus {
  name: ComponentName;
  state: 'running' | 'stopped';
  pid?: number;
  port?: number;
  logFile?: string;
}

export interface ClusterStatus {
  /** The cluster's data dir name: `state` (build or single) or `state-run`. */
  stateDir: string;
  kubeconfigPath?: string;
  server?: string;
  dataDir: string;
  components: ComponentStatus[];
}

export interface FleetStatus {
  /** Each persistent cluster that has a data dir, build first. */
  clusters: ClusterStatus[];
  /** Test-started clusters whose processes still run. */
  strayRuns: string[];
}

async function readOneStatus(dataDir: string): Promise<ClusterStatus> {
  const record = await readClusterRecord(recordFile(dataDir));
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
  return {
    stateDir: path.basename(dataDir),
    kubeconfigPath: record?.kubeconfigPath,
    server: record?.server,
    dataDir,
    components,
  };
}

export async function readClusterStatus(
  paths: LocalClusterPaths = localClusterPaths(),
): Promise<FleetStatus> {
  const [build, run] = await Promise.all(
    allStateDirs(paths).map(readOneStatus),
  );
  const strayRuns = (await readRunRecords(paths))
    .filter(r => r.components.some(isComponentRunning))
    .map(r => r.dataDir);
  return {
    // The run cluster when the fleet has one, or when it still runs.
    clusters:
      fleetMembers(paths).length > 1 ||
      run.components.some(c => c.state === 'running')
        ? [build, run]
        : [build],
    strayRuns,
  };
}

/**
 * `cluster:down`: stops the persistent clusters (their data stays for the
 * next `up`) and every test-started cluster a crashed run left behind.
 */
export async function downAll(
  paths: LocalClusterPaths = localClusterPaths(),
): Promise<string[]> {
  const stopped: string[] = [];
  for (const dataDir of allStateDirs(paths)) {
    const record = await readClusterRecord(recordFile(dataDir));
    if (!record) continue;
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
