/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/** One line saying why an on-demand read failed, naming RBAC when it is RBAC. */
export function problem(what: string, error: unknown) {
  const code = (error as { code?: number })?.code;
  return code === 403
    ? `${what}: forbidden for the plugin's service account`
    : `${what}: ${(error as Error).message?.split('\n')[0]}`;
}
