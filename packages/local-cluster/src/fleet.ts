/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import path from 'node:path';
import { LocalClusterPaths } from './paths';

/**
 * What a cluster of the demo fleet holds:
 * `build` the supply chains and Workloads, `run` the ClusterDelivery and the
 * Deliverables handed over from `build`, `single` both (one cluster).
 */
export type ClusterRole = 'build' | 'run' | 'single';

export interface FleetMember {
  /** The cluster's name in the Backstage configuration. */
  name: string;
  role: ClusterRole;
  /** Its persistent data dir (etcd, keys, kubeconfig, logs). */
  stateDir: string;
}

/** `CARTOGRAPHER_CLUSTERS=1` keeps the single-cluster demo; the default is two. */
export const FLEET_SIZE_ENV = 'CARTOGRAPHER_CLUSTERS';

/** Data dir of the run cluster, beside the build cluster's `state`. */
export function runStateDir(paths: LocalClusterPaths): string {
  return path.join(paths.workDir, 'state-run');
}

/** The clusters `cluster:up` starts, build (or the single one) first. */
export function fleetMembers(
  paths: LocalClusterPaths,
  env: NodeJS.ProcessEnv = process.env,
): FleetMember[] {
  const size = env[FLEET_SIZE_ENV] ?? '2';
  if (size === '1') {
    return [
      { name: 'local', role: 'single', stateDir: paths.persistentStateDir },
    ];
  }
  if (size === '2') {
    return [
      { name: 'build', role: 'build', stateDir: paths.persistentStateDir },
      { name: 'run', role: 'run', stateDir: runStateDir(paths) },
    ];
  }
  throw new Error(`${FLEET_SIZE_ENV} must be 1 or 2, not "${size}"`);
}

/** Every persistent data dir, whatever the fleet size, so `down` stops all. */
export function allStateDirs(paths: LocalClusterPaths): string[] {
  return [paths.persistentStateDir, runStateDir(paths)];
}
