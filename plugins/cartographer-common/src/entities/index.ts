/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export {
  entityWorkloadScope,
  workloadInEntityScope,
  workloadMatchLabels,
} from './entityWorkloadScope';
export { selectorIndexTerm } from './labelIndex';
export type {
  EntityWorkloadScope,
  EntityWorkloadScopeSource,
} from './entityWorkloadScope';
