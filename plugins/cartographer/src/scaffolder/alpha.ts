/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';

/**
 * The `SupplyChainPicker` field for the new frontend system.
 * @alpha
 */
export const supplyChainPickerFormField = FormFieldBlueprint.make({
  name: 'supply-chain-picker',
  params: {
    field: () => import('./formFields').then(m => m.supplyChainPickerField),
  },
});

/**
 * The `CartographerWorkloadName` field for the new frontend system.
 * @alpha
 */
export const workloadNameFormField = FormFieldBlueprint.make({
  name: 'workload-name',
  params: {
    field: () => import('./formFields').then(m => m.workloadNameField),
  },
});

/**
 * The `CartographerWorkloadPreview` field for the new frontend system.
 * @alpha
 */
export const workloadPreviewFormField = FormFieldBlueprint.make({
  name: 'workload-preview',
  params: {
    field: () => import('./formFields').then(m => m.workloadPreviewField),
  },
});
