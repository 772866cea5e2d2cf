/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import fs from 'node:fs/promises';
import yaml from 'yaml';

export const CLUSTER_NAME = 'local';

/** Users that get a context in the main kubeconfig; the first is current. */
export const KUBECONFIG_USERS = ['admin', 'backstage', 'restricted'] as const;
export type KubeconfigUser = (typeof KUBECONFIG_USERS)[number];

export interface KubeconfigOptions {
  server: string;
  caFile: string;
  /** Context/user name to bearer token; the first entry is the current context. */
  users: Array<{ name: string; token: string }>;
}

/** A token kubeconfig (no client certificates, see docs/local-cluster.md). */
export function renderKubeconfig(options: KubeconfigOptions): string {
  return yaml.stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      {
        name: CLUSTER_NAME,
        cluster: {
          server: options.server,
          'certificate-authority': options.caFile,
        },
      },
    ],
    users: options.users.map(u => ({ name: u.name, user: { token: u.token } })),
    contexts: options.users.map(u => ({
      name: u.name,
      context: { cluster: CLUSTER_NAME, user: u.name },
    })),
    'current-context': options.users[0].name,
  });
}

export async function writeKubeconfig(
  file: string,
  options: KubeconfigOptions,
): Promise<void> {
  await fs.writeFile(file, renderKubeconfig(options), { mode: 0o600 });
}

export interface ParsedKubeconfig {
  server: string;
  caFile: string;
  tokens: Partial<Record<string, string>>;
}

/** Reads back what renderKubeconfig wrote (to reuse a running cluster). */
export function parseKubeconfig(text: string): ParsedKubeconfig {
  const doc = yaml.parse(text);
  const cluster = doc.clusters?.find(
    (c: { name: string }) => c.name === CLUSTER_NAME,
  )?.cluster;
  if (!cluster?.server) {
    throw new Error(`kubeconfig has no cluster named ${CLUSTER_NAME}`);
  }
  return {
    server: cluster.server,
    caFile: cluster['certificate-authority'],
    tokens: Object.fromEntries(
      (doc.users ?? []).map((u: { name: string; user: { token?: string } }) => [
        u.name,
        u.user?.token,
      ]),
    ),
  };
}
