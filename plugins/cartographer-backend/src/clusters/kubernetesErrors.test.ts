/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { toClusterError } from './kubernetesErrors';

/** An error shaped as client-node 2.x throws it: status `code`, Status `body`. */
function apiException(code: number, message: string) {
  return Object.assign(new Error(`HTTP-Code: ${code}\nMessage: ...`), {
    code,
    body: JSON.stringify({ kind: 'Status', code, message }),
  });
}

describe('toClusterError', () => {
  it.each([
    [
      403,
      'NotAllowedError',
      "x: forbidden for the plugin's service account (m)",
    ],
    [404, 'NotFoundError', 'x: not found (m)'],
    [409, 'ConflictError', 'x: m'],
    [400, 'InputError', 'x: Kubernetes rejected it: m'],
    [422, 'InputError', 'x: Kubernetes rejected it: m'],
    [500, 'Error', 'x: HTTP 500: m'],
  ])('maps HTTP %s to %s', (code, name, message) => {
    const error = toClusterError(apiException(code, 'm'), 'x');
    expect([error.name, error.message, error.kubernetesStatus]).toEqual([
      name,
      message,
      code,
    ]);
  });

  it('keeps a network failure an Error without a status', () => {
    const error = toClusterError(new Error('connect ECONNREFUSED'), 'x');
    expect([error.name, error.message, error.kubernetesStatus]).toEqual([
      'Error',
      'x: connect ECONNREFUSED',
      undefined,
    ]);
  });
});
