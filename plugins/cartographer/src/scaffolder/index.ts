/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export {
  SupplyChainPickerFieldExtension,
  WorkloadNameFieldExtension,
  WorkloadPreviewFieldExtension,
} from './extensions';
export { SupplyChainPicker } from './SupplyChainPicker';
export { WorkloadNameField } from './WorkloadNameField';
export { WorkloadPreviewField } from './WorkloadPreviewField';
export type {
  SupplyChainPickerUiOptions,
  SupplyChainPickerValue,
  WorkloadNameUiOptions,
  WorkloadPreviewUiOptions,
} from './types';
