/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import { cartographerPlugin } from '../plugin';
import {
  SupplyChainPicker,
  supplyChainPickerValidation,
} from './SupplyChainPicker';
import { WorkloadNameField, workloadNameValidation } from './WorkloadNameField';
import {
  WorkloadPreviewField,
  workloadPreviewValidation,
} from './WorkloadPreviewField';

/**
 * The `SupplyChainPicker` field for the legacy frontend system; place it
 * inside `<ScaffolderFieldExtensions>`.
 * @public
 */
export const SupplyChainPickerFieldExtension = cartographerPlugin.provide(
  createScaffolderFieldExtension({
    name: 'SupplyChainPicker',
    component: SupplyChainPicker,
    validation: supplyChainPickerValidation,
  }),
);

/**
 * The `CartographerWorkloadName` field for the legacy frontend system.
 * @public
 */
export const WorkloadNameFieldExtension = cartographerPlugin.provide(
  createScaffolderFieldExtension({
    name: 'CartographerWorkloadName',
    component: WorkloadNameField,
    validation: workloadNameValidation,
  }),
);

/**
 * The `CartographerWorkloadPreview` field for the legacy frontend system.
 * @public
 */
export const WorkloadPreviewFieldExtension = cartographerPlugin.provide(
  createScaffolderFieldExtension({
    name: 'CartographerWorkloadPreview',
    component: WorkloadPreviewField,
    validation: workloadPreviewValidation,
  }),
);
