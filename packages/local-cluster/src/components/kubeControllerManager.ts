/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import path from 'node:path';
import { LOOPBACK } from '../ports';

/**
 * Only the controllers that matter without nodes or pods:
 * - garbage collection of objects whose owner is gone (stamped objects of a
 *   deleted Workload),
 * - namespace deletion (finalisation of Terminating namespaces),
 * - the `default` ServiceAccount in each namespace, and token Secrets for
 *   ServiceAccounts that ask for one,
 * - aggregation of ClusterRoles (`admin`, `edit`, `view` pick up carto.run).
 */
export const EMBEDDED_CONTROLLERS = [
  'garbage-collector-controller',
  'namespace-controller',
  'serviceaccount-controller',
  'serviceaccount-token-controller',
  'clusterrole-aggregation-controller',
] as const;

export interface KubeControllerManagerOptions {
  dataDir: string;
  securePort: number;
  kubeconfigPath: string;
  serviceAccountKeyFile: string;
  rootCaFile: string;
}

export function kubeControllerManagerArgs(
  options: KubeControllerManagerOptions,
): string[] {
  return [
    `--kubeconfig=${options.kubeconfigPath}`,
    // Delegated authn/authz for its own health port.
    `--authentication-kubeconfig=${options.kubeconfigPath}`,
    `--authorization-kubeconfig=${options.kubeconfigPath}`,
    `--controllers=${EMBEDDED_CONTROLLERS.join(',')}`,
    '--leader-elect=false',
    // The controllers act with the manager's own identity rather than
    // per-controller ServiceAccounts, which would need the token controller
    // to be running before anything else.
    '--use-service-account-credentials=false',
    `--service-account-private-key-file=${options.serviceAccountKeyFile}`,
    `--root-ca-file=${options.rootCaFile}`,
    `--bind-address=${LOOPBACK}`,
    `--secure-port=${options.securePort}`,
    `--cert-dir=${path.join(options.dataDir, 'pki', 'kube-controller-manager')}`,
    '--profiling=false',
  ];
}
