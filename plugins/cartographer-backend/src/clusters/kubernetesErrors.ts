/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

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
