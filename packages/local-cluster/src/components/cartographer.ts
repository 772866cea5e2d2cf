/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import path from 'node:path';

export interface CartographerOptions {
  kubeconfigPath: string;
}

/**
 * Out of cluster, with its own token kubeconfig. Without `--cert-dir` it
 * registers no admission webhooks, so no cert-manager is needed.
 */
export function cartographerArgs(options: CartographerOptions): string[] {
  return [
    `--kubeconfig=${options.kubeconfigPath}`,
    '--dev',
    // No metrics or pprof listeners: nothing but the API server is served.
    '--metrics-port=0',
    '--pprof-port=0',
  ];
}

/**
 * Cartographer renders `ytt:` templates by running `ytt` from its PATH (its
 * image ships the binary in `KO_DATA_PATH`). Our build puts ytt next to the
 * controller, so that directory comes first.
 */
export function cartographerEnv(
  yttBinary: string,
  env: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const { KO_DATA_PATH: _ignored, ...rest } = env;
  return {
    ...rest,
    PATH: [path.dirname(yttBinary), env.PATH]
      .filter(Boolean)
      .join(path.delimiter),
  };
}

/** Logged by controller-runtime once the Workload reconciler runs. */
export const CARTOGRAPHER_READY_LOG_PATTERN =
  /Starting workers.*"controller": ?"workload"/;
