/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export { describeRefusal, REFUSAL_RULES, refusalError } from './refusals';
export type { RefusalRule } from './refusals';
