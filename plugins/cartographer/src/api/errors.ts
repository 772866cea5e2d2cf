/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ResponseError } from '@backstage/errors';

export { BackendNotInstalledError } from '@internal/plugin-cartographer-common';

/**
 * What kind of failure an error from the Cartographer API is, so views can
 * explain it instead of printing a status code.
 */
export type CartographerErrorKind =
  'backendNotInstalled' | 'permissionDenied' | 'notFound' | 'other';

/** Classifies an error thrown by the CartographerClient. */
export function classifyError(error: Error): CartographerErrorKind {
  if (error.name === 'BackendNotInstalledError') return 'backendNotInstalled';
  if (ResponseError.is(error)) {
    if (error.statusCode === 403 || error.cause.name === 'NotAllowedError') {
      return 'permissionDenied';
    }
    if (error.statusCode === 404 || error.cause.name === 'NotFoundError') {
      return 'notFound';
    }
  }
  return 'other';
}
