/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** The static identities of the local cluster (kube-apiserver `--token-auth-file`). */
export interface ClusterTokens {
  /** Member of system:masters: full control. */
  admin: string;
  /** What the Backstage backend uses: the least-privilege ClusterRole in examples/rbac. */
  backstage: string;
  /** Rights in the `dev` namespace only; used to test RBAC error paths. */
  restricted: string;
  /** The Cartographer controller, bound to its own ClusterRole. */
  cartographer: string;
  /** kube-controller-manager (system:masters, like a kubeadm control plane). */
  controllerManager: string;
}

interface TokenUser {
  key: keyof ClusterTokens;
  user: string;
  groups: string[];
}

const TOKEN_USERS: TokenUser[] = [
  { key: 'admin', user: 'admin', groups: ['system:masters'] },
  { key: 'backstage', user: 'backstage', groups: [] },
  { key: 'restricted', user: 'restricted', groups: [] },
  { key: 'cartographer', user: 'cartographer-controller', groups: [] },
  {
    key: 'controllerManager',
    user: 'system:kube-controller-manager',
    groups: ['system:masters'],
  },
];

export function userNameFor(key: keyof ClusterTokens): string {
  return TOKEN_USERS.find(u => u.key === key)!.user;
}

export interface CredentialFiles {
  serviceAccountKeyFile: string;
  tokenAuthFile: string;
  tokens: ClusterTokens;
}

/**
 * Creates the service-account signing key and the token file once; a
 * persistent data dir keeps them, so existing kubeconfigs stay valid.
 */
export async function ensureCredentials(
  dataDir: string,
): Promise<CredentialFiles> {
  const serviceAccountKeyFile = path.join(dataDir, 'sa.key');
  const tokenAuthFile = path.join(dataDir, 'tokens.csv');
  if (!(await exists(serviceAccountKeyFile))) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    await fs.writeFile(
      serviceAccountKeyFile,
      privateKey.export({ type: 'pkcs8', format: 'pem' }),
      { mode: 0o600 },
    );
  }
  let tokens = (await exists(tokenAuthFile))
    ? parseTokenFile(await fs.readFile(tokenAuthFile, 'utf8'))
    : undefined;
  if (!tokens) {
    tokens = Object.fromEntries(
      TOKEN_USERS.map(u => [u.key, randomBytes(24).toString('hex')]),
    ) as unknown as ClusterTokens;
    await fs.writeFile(tokenAuthFile, formatTokenFile(tokens), { mode: 0o600 });
  }
  return { serviceAccountKeyFile, tokenAuthFile, tokens };
}

/** `token,user,uid,"group1,group2"`, the format of `--token-auth-file`. */
export function formatTokenFile(tokens: ClusterTokens): string {
  return TOKEN_USERS.map(
    u => `${tokens[u.key]},${u.user},${u.user},"${u.groups.join(',')}"\n`,
  ).join('');
}

export function parseTokenFile(text: string): ClusterTokens | undefined {
  const byUser = new Map(
    text
      .split('\n')
      .filter(Boolean)
      .map(line => {
        const [token, user] = line.split(',');
        return [user, token] as const;
      }),
  );
  const entries = TOKEN_USERS.map(u => [u.key, byUser.get(u.user)] as const);
  if (entries.some(([, token]) => !token)) {
    return undefined;
  }
  return Object.fromEntries(entries) as unknown as ClusterTokens;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
