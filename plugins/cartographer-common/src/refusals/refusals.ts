/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import type { Refusal } from '../api';

/**
 * The onboarding rules a workload create can be refused by, in the order the
 * backend checks them.
 * @public
 */
export const REFUSAL_RULES = [
  'validation',
  'namespace',
  'selection',
  'intendedChain',
  'approval',
  'chainNotReady',
  'protectedParam',
  'exists',
] as const;

/** @public */
export type RefusalRule = (typeof REFUSAL_RULES)[number];

/** Which error a rule refuses with: the HTTP status a caller sees. */
const ERROR_OF_RULE: Record<RefusalRule, 'input' | 'notAllowed' | 'conflict'> =
  {
    validation: 'input',
    namespace: 'notAllowed',
    selection: 'input',
    intendedChain: 'input',
    approval: 'notAllowed',
    chainNotReady: 'input',
    protectedParam: 'input',
    exists: 'conflict',
  };

/**
 * One refusal as users read it: `refused (rule): message`.
 * @public
 */
export function describeRefusal(refusal: Refusal): string {
  return `refused (${refusal.rule}): ${refusal.message}`;
}

/**
 * The error a refused create throws, the same in the backend and in every
 * client that checks first: the first refusal decides the error class (so
 * the HTTP status), the message names every refusal.
 * @public
 */
export function refusalError(
  refusals: Refusal[],
): InputError | NotAllowedError | ConflictError {
  const message = refusals.map(describeRefusal).join('; ');
  switch (ERROR_OF_RULE[refusals[0]?.rule] ?? 'input') {
    case 'notAllowed':
      return new NotAllowedError(message);
    case 'conflict':
      return new ConflictError(message);
    default:
      return new InputError(message);
  }
}
