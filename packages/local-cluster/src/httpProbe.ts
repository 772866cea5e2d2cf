/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import http from 'node:http';
import https from 'node:https';

export interface ProbeResponse {
  status: number;
  body: string;
}

export interface ProbeOptions {
  token?: string;
  /** PEM bundle to trust; omitted means "do not verify" (self-signed health ports). */
  ca?: string | Buffer;
  timeoutMs?: number;
}

/**
 * A plain GET used for health endpoints before any Kubernetes client exists.
 * Never throws for HTTP statuses, only for connection problems.
 */
export function probe(
  url: string,
  options: ProbeOptions = {},
): Promise<ProbeResponse> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).get(
      target,
      {
        headers: options.token
          ? { authorization: `Bearer ${options.token}` }
          : {},
        timeout: options.timeoutMs ?? 5000,
        ...(secure ? { ca: options.ca, rejectUnauthorized: !!options.ca } : {}),
      },
      response => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', chunk => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body }),
        );
      },
    );
    request.on('timeout', () => request.destroy(new Error(`${url} timed out`)));
    request.on('error', reject);
  });
}
