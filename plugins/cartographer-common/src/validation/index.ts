/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export { validateWorkloadDraft } from './validateWorkloadDraft';
export type { ValidationError } from './validateWorkloadDraft';
export { parseQuantity } from './quantity';
export { dnsLabelProblem } from './names';
export { blueprintParams, protectedParamNames } from './settableParams';
export type { BlueprintParamInfo } from './settableParams';
