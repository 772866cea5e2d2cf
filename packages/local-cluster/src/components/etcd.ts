/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import path from 'node:path';
import { LOOPBACK } from '../ports';

export interface EtcdOptions {
  dataDir: string;
  clientPort: number;
  peerPort: number;
}

export function etcdClientUrl(clientPort: number): string {
  return `http://${LOOPBACK}:${clientPort}`;
}

/** A single-member etcd on loopback, tuned for tests rather than durability. */
export function etcdArgs(options: EtcdOptions): string[] {
  const peerUrl = `http://${LOOPBACK}:${options.peerPort}`;
  const clientUrl = etcdClientUrl(options.clientPort);
  return [
    '--name=local',
    `--data-dir=${path.join(options.dataDir, 'etcd')}`,
    `--listen-client-urls=${clientUrl}`,
    `--advertise-client-urls=${clientUrl}`,
    `--listen-peer-urls=${peerUrl}`,
    `--initial-advertise-peer-urls=${peerUrl}`,
    `--initial-cluster=local=${peerUrl}`,
    // No fsync: a lost write after a power cut does not matter here, and
    // fsync latency dominates on shared CI disks.
    '--unsafe-no-fsync',
    '--log-level=warn',
  ];
}
