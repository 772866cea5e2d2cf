/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import {
  SupplyChainPicker,
  supplyChainPickerValidation,
} from './SupplyChainPicker';
import { WorkloadNameField, workloadNameValidation } from './WorkloadNameField';
import {
  WorkloadPreviewField,
  workloadPreviewValidation,
} from './WorkloadPreviewField';

// The new frontend system loads these lazily through FormFieldBlueprint.
export const supplyChainPickerField = createFormField({
  name: 'SupplyChainPicker',
  component: SupplyChainPicker,
  validation: supplyChainPickerValidation,
});

export const workloadNameField = createFormField({
  name: 'CartographerWorkloadName',
  component: WorkloadNameField,
  validation: workloadNameValidation,
});

export const workloadPreviewField = createFormField({
  name: 'CartographerWorkloadPreview',
  component: WorkloadPreviewField,
  validation: workloadPreviewValidation,
});
