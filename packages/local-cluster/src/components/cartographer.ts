/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

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

/** Logged by controller-runtime once the Workload reconciler runs. */
export const CARTOGRAPHER_READY_LOG_PATTERN =
  /Starting workers.*"controller": ?"workload"/;
