/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ResponseError } from '@backstage/errors';

/**
 * True when nothing answers at the Cartographer backend's base URL: our
 * backend answers every error with a JSON body, so a bare 404 means no
 * plugin is mounted at /api/cartographer at all.
 * @public
 */
export function isBackendMissing(response: Response): boolean {
  return (
    response.status === 404 &&
    !response.headers.get('content-type')?.includes('application/json')
  );
}

/**
 * The fix-it text for a missing backend, the same in the browser and in
 * backend modules.
 * @public
 */
export function backendNotInstalledMessage(baseUrl: string): string {
  return (
    `The Cartographer backend did not answer at ${baseUrl} (HTTP 404). ` +
    `Add @internal/plugin-cartographer-backend to your backend ` +
    `(backend.add(import('@internal/plugin-cartographer-backend'))) and restart it.`
  );
}

/**
 * Thrown when nothing answers at the Cartographer backend's base URL.
 * @public
 */
export class BackendNotInstalledError extends Error {
  readonly name = 'BackendNotInstalledError';

  constructor(readonly baseUrl: string) {
    super(backendNotInstalledMessage(baseUrl));
  }
}

/**
 * The default reading of a failed response: the server's error as a
 * `ResponseError` (name and message kept), or a fix-it error when the
 * backend is not installed.
 * @public
 */
export async function responseErrorOf(
  response: Response,
  baseUrl: string,
): Promise<Error> {
  if (isBackendMissing(response)) {
    return new BackendNotInstalledError(baseUrl);
  }
  return ResponseError.fromResponse(response);
}
