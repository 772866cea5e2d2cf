/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { LocalClusterPaths } from './paths';

/** What `scripts/build.sh` records next to the binaries. */
export interface BuildInfo {
  kubernetesVersion: string;
  etcdVersion: string;
  cartographerVersion: string;
  /** Absent in binaries built before ytt joined the build. */
  yttVersion?: string;
  /** `config/crd/bases` of the downloaded Cartographer module. */
  crdDir: string;
}

export interface Binaries {
  etcd: string;
  kubeApiserver: string;
  kubeControllerManager: string;
  cartographer: string;
  /** Cartographer runs it to render `ytt:` templates. */
  ytt: string;
}

export function binaryPaths(paths: LocalClusterPaths): Binaries {
  return {
    etcd: path.join(paths.binDir, 'etcd'),
    kubeApiserver: path.join(paths.binDir, 'kube-apiserver'),
    kubeControllerManager: path.join(paths.binDir, 'kube-controller-manager'),
    cartographer: path.join(paths.binDir, 'cartographer'),
    ytt: path.join(paths.binDir, 'ytt'),
  };
}

/**
 * Runs the Go build script, which returns at once when the binaries are up
 * to date. Its progress goes to our stderr so a cold build is not silent.
 */
export async function ensureBinaries(
  paths: LocalClusterPaths,
): Promise<BuildInfo> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn('bash', [paths.buildScript], {
      stdio: ['ignore', process.stderr, process.stderr],
      env: { ...process.env, LOCAL_CLUSTER_BIN_DIR: paths.binDir },
    });
    child.on('error', reject);
    child.on('exit', code =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `${paths.buildScript} failed with exit code ${code}; see the output above`,
            ),
          ),
    );
  });
  return readBuildInfo(paths);
}

export async function readBuildInfo(
  paths: LocalClusterPaths,
): Promise<BuildInfo> {
  return JSON.parse(await fs.readFile(paths.buildInfoFile, 'utf8'));
}
