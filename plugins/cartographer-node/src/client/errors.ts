/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  AuthenticationError,
  ConflictError,
  ForwardedError,
  InputError,
  NotAllowedError,
  NotFoundError,
  NotImplementedError,
  NotModifiedError,
  ResponseError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  backendNotInstalledMessage,
  isBackendMissing,
} from '@internal/plugin-cartographer-common';

type ErrorClass = new (message?: string, cause?: Error | unknown) => Error;

// The errors Backstage's error middleware maps to status codes. Rebuilding
// the same class on this side lets callers (and the scaffolder, which shows
// error messages to the user) treat a remote refusal like a local one.
const KNOWN_ERRORS: Record<string, ErrorClass> = {
  InputError,
  AuthenticationError,
  NotAllowedError,
  NotFoundError,
  ConflictError,
  NotModifiedError,
  NotImplementedError,
  ServiceUnavailableError,
};

/**
 * Turns a failed response from the Cartographer backend into the
 * `@backstage/errors` error the server threw, with the server's message.
 * The parsed `ResponseError` (status code, body) is kept as `cause`.
 */
export async function errorFromResponse(
  response: Response,
  baseUrl: string,
): Promise<Error> {
  if (isBackendMissing(response)) {
    return new NotFoundError(backendNotInstalledMessage(baseUrl));
  }
  const responseError = await ResponseError.fromResponse(response);
  const { name, message } = responseError.cause;
  const ErrorType = KNOWN_ERRORS[name];
  if (ErrorType) {
    // Passing the cause to the constructor would append "; caused by …" to
    // the message the user reads; attach it afterwards instead.
    const error = new ErrorType(message);
    Object.defineProperty(error, 'cause', { value: responseError });
    return error;
  }
  // Unknown names (e.g. a plain Error behind a 500) keep their name.
  return new ForwardedError(
    `Cartographer backend answered ${responseError.statusCode}`,
    responseError.cause,
  );
}
