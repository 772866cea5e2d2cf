/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import path from 'node:path';

/** Where the launcher finds its inputs and keeps its outputs. */
export interface LocalClusterPaths {
  repoRoot: string;
  packageDir: string;
  /** Git-ignored root of everything the launcher writes. */
  workDir: string;
  binDir: string;
  buildScript: string;
  buildInfoFile: string;
  /** Data dir of the persistent cluster that `cluster:up` starts. */
  persistentStateDir: string;
  /** One JSON record per test-started cluster, so `cluster:down` finds strays. */
  runsDir: string;
  appConfigFile: string;
  controlPlaneManifestsDir: string;
  accessManifestsDir: string;
  samplesDir: string;
}

// This private package always runs from source (tsx, Jest), never from a
// production build, so this file always sits in packages/local-cluster/src.
// eslint-disable-next-line no-restricted-syntax
const packageDir = path.resolve(__dirname, '..');

export function localClusterPaths(
  repoRoot = path.resolve(packageDir, '../..'),
): LocalClusterPaths {
  const workDir = path.join(repoRoot, '.local-cluster');
  const binDir = process.env.LOCAL_CLUSTER_BIN_DIR ?? path.join(workDir, 'bin');
  return {
    repoRoot,
    packageDir,
    workDir,
    binDir,
    buildScript: path.join(packageDir, 'scripts', 'build.sh'),
    buildInfoFile: path.join(binDir, 'build-info.json'),
    persistentStateDir: path.join(workDir, 'state'),
    runsDir: path.join(workDir, 'runs'),
    appConfigFile: path.join(workDir, 'app-config.local-cluster.yaml'),
    controlPlaneManifestsDir: path.join(packageDir, 'manifests'),
    accessManifestsDir: path.join(repoRoot, 'examples', 'rbac'),
    samplesDir: path.join(repoRoot, 'examples', 'cluster'),
  };
}
