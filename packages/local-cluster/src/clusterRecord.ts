/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { executableOf, isAlive, stopProcessGroup } from './processes';

export type ComponentName =
  'etcd' | 'kube-apiserver' | 'kube-controller-manager' | 'cartographer';

/** Start order; they are stopped in reverse. */
export const COMPONENT_NAMES: readonly ComponentName[] = [
  'etcd',
  'kube-apiserver',
  'kube-controller-manager',
  'cartographer',
];

export interface ComponentRecord {
  name: ComponentName;
  pid: number;
  /** Absolute path of the binary, to tell our process from a reused PID. */
  executable: string;
  /** The port it serves on (Cartographer serves none: webhooks are off). */
  port?: number;
  logFile: string;
}

export interface ClusterPorts {
  etcd: number;
  etcdPeer: number;
  apiserver: number;
  controllerManager: number;
}

/**
 * The PID file of one cluster (`<dataDir>/cluster.json`): enough to find,
 * report and stop its processes from another process.
 */
export interface ClusterRecord {
  dataDir: string;
  /** A persistent cluster (`cluster:up`) keeps its data dir when stopped. */
  persistent: boolean;
  server: string;
  kubeconfigPath: string;
  caFile: string;
  ports: ClusterPorts;
  components: ComponentRecord[];
  /** Kills an ephemeral cluster when the process that started it dies. */
  watchdogPid?: number;
  startedAt: string;
}

export function recordFile(dataDir: string): string {
  return path.join(dataDir, 'cluster.json');
}

export async function writeClusterRecord(
  record: ClusterRecord,
  extraCopies: string[] = [],
): Promise<void> {
  const text = `${JSON.stringify(record, null, 2)}\n`;
  for (const file of [recordFile(record.dataDir), ...extraCopies]) {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(`${file}.tmp`, text);
    await fs.rename(`${file}.tmp`, file);
  }
}

export async function readClusterRecord(
  file: string,
): Promise<ClusterRecord | undefined> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** True while the PID still runs the binary we started (PIDs get reused). */
export function isComponentRunning(component: ComponentRecord): boolean {
  return (
    isAlive(component.pid) &&
    executableOf(component.pid) === component.executable
  );
}

export function isClusterRunning(record: ClusterRecord): boolean {
  return (
    COMPONENT_NAMES.every(name =>
      record.components.some(c => c.name === name),
    ) && record.components.every(isComponentRunning)
  );
}

/** Stops every component still running, last started first. */
export async function stopComponents(record: ClusterRecord): Promise<void> {
  for (const component of [...record.components].reverse()) {
    if (isComponentRunning(component)) {
      await stopProcessGroup(component.pid);
    }
  }
  if (record.watchdogPid && isAlive(record.watchdogPid)) {
    await stopProcessGroup(record.watchdogPid, 1000);
  }
}

/**
 * Stops whatever a cluster started from this data dir is running, also one
 * still starting: its record lists each component as soon as it spawns.
 */
export async function stopClusterAt(dataDir: string): Promise<void> {
  const record = await readClusterRecord(recordFile(dataDir));
  if (record) await stopComponents(record);
}
