/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';

/** The HTTP status of a client-node error (ApiException `code`, watch `statusCode`). */
export function statusCodeOf(error: unknown): number | undefined {
  const e = error as { code?: unknown; statusCode?: unknown };
  if (typeof e?.statusCode === 'number') return e.statusCode;
  if (typeof e?.code === 'number') return e.code;
  return undefined;
}

/** The API server's own message (a Status body), else the error's first line. */
export function serverMessage(error: unknown): string {
  const body = (error as { body?: unknown })?.body;
  try {
    const parsed = typeof body === 'string' ? JSON.parse(body) : body;
    if (parsed && typeof parsed === 'object' && 'message' in parsed) {
      return String((parsed as { message: unknown }).message);
    }
  } catch {
    // not JSON: fall back to the error's message
  }
  return (error as Error)?.message?.split('\n')[0] ?? String(error);
}

/** "HTTP 403: forbidden ..." for logs and cluster state. */
export function describeError(error: unknown): string {
  const code = statusCodeOf(error);
  const message = serverMessage(error);
  return code ? `HTTP ${code}: ${message}` : message;
}

/** A failed API-server call as the Backstage error its status means. */
export type ClusterError = Error & {
  /** The API server's HTTP status, when it answered. */
  kubernetesStatus?: number;
};

/**
 * Maps a failed API-server call once for every caller: 403 is the plugin's
 * service account lacking RBAC, 404 a missing object or kind, 409 a
 * conflict, 400/422 a rejected body; anything else (network, 5xx) stays an
 * Error. The message starts with what was attempted.
 */
export function toClusterError(error: unknown, what: string): ClusterError {
  const status = statusCodeOf(error);
  const server = serverMessage(error);
  let mapped: Error;
  if (!status && /^Unrecognized API version and kind/.test(server)) {
    // client-node's discovery found no such kind: as good as the API's 404.
    return Object.assign(
      new NotFoundError(`${what}: the cluster does not serve this kind`),
      { kubernetesStatus: 404 },
    );
  }
  if (status === 403) {
    mapped = new NotAllowedError(
      `${what}: forbidden for the plugin's service account (${server})`,
    );
  } else if (status === 404) {
    mapped = new NotFoundError(`${what}: not found (${server})`);
  } else if (status === 409) {
    mapped = new ConflictError(`${what}: ${server}`);
  } else if (status === 400 || status === 422) {
    mapped = new InputError(`${what}: Kubernetes rejected it: ${server}`);
  } else {
    mapped = new Error(`${what}: ${describeError(error)}`);
  }
  return Object.assign(mapped, { kubernetesStatus: status });
}
