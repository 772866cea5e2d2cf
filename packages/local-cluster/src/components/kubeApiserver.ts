/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import path from 'node:path';
import { LOOPBACK } from '../ports';
import { etcdClientUrl } from './etcd';

export interface KubeApiserverOptions {
  dataDir: string;
  securePort: number;
  etcdClientPort: number;
  serviceAccountKeyFile: string;
  tokenAuthFile: string;
}

/** The API server generates a self-signed serving cert here on first start. */
export function apiserverPkiDir(dataDir: string): string {
  return path.join(dataDir, 'pki');
}

/** The serving certificate bundle (leaf plus its self-signed CA). */
export function apiserverCaFile(dataDir: string): string {
  return path.join(apiserverPkiDir(dataDir), 'apiserver.crt');
}

export function apiserverUrl(securePort: number): string {
  return `https://${LOOPBACK}:${securePort}`;
}

export function kubeApiserverArgs(options: KubeApiserverOptions): string[] {
  return [
    `--etcd-servers=${etcdClientUrl(options.etcdClientPort)}`,
    // Loopback only.
    `--bind-address=${LOOPBACK}`,
    `--advertise-address=${LOOPBACK}`,
    `--secure-port=${options.securePort}`,
    `--cert-dir=${apiserverPkiDir(options.dataDir)}`,
    // Service-account issuer and keys: required, and they enable the
    // TokenRequest API Cartographer uses to act as a Workload's ServiceAccount.
    '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
    `--service-account-signing-key-file=${options.serviceAccountKeyFile}`,
    `--service-account-key-file=${options.serviceAccountKeyFile}`,
    '--service-cluster-ip-range=10.0.0.0/24',
    `--token-auth-file=${options.tokenAuthFile}`,
    '--authorization-mode=RBAC',
    // Less CPU on two shared cores; no Endpoints for a Service we never route to.
    '--enable-priority-and-fairness=false',
    '--endpoint-reconciler-type=none',
    '--profiling=false',
  ];
}
