/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { getComponentData } from '@backstage/core-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import {
  supplyChainPickerFormField,
  workloadNameFormField,
  workloadPreviewFormField,
} from './alpha';
import {
  SupplyChainPickerFieldExtension,
  WorkloadNameFieldExtension,
  WorkloadPreviewFieldExtension,
} from './extensions';
import { SupplyChainPicker } from './SupplyChainPicker';
import { WorkloadNameField } from './WorkloadNameField';
import { WorkloadPreviewField } from './WorkloadPreviewField';

const fields = [
  ['SupplyChainPicker', SupplyChainPicker],
  ['CartographerWorkloadName', WorkloadNameField],
  ['CartographerWorkloadPreview', WorkloadPreviewField],
] as const;

describe('scaffolder field extensions', () => {
  it.each([
    [SupplyChainPickerFieldExtension, ...fields[0]],
    [WorkloadNameFieldExtension, ...fields[1]],
    [WorkloadPreviewFieldExtension, ...fields[2]],
  ])(
    'registers a legacy field extension named as templates use it (%#)',
    (Extension, name, component) => {
      const data = getComponentData<{
        name: string;
        component: unknown;
        validation?: unknown;
      }>(<Extension />, 'scaffolder.extensions.field.v1');
      expect(data).toMatchObject({ name, component });
      expect(data?.validation).toEqual(expect.any(Function));
    },
  );

  it.each([
    [supplyChainPickerFormField, ...fields[0]],
    [workloadNameFormField, ...fields[1]],
    [workloadPreviewFormField, ...fields[2]],
  ])(
    'loads a new-frontend-system form field with the same name (%#)',
    async (extension, name, component) => {
      const loader = createExtensionTester(
        extension as typeof supplyChainPickerFormField,
      ).get(FormFieldBlueprint.dataRefs.formFieldLoader);
      const field = (await loader()) as unknown as {
        name: string;
        component: unknown;
        validation?: unknown;
      };
      expect(field).toMatchObject({ name, component });
      expect(field.validation).toEqual(expect.any(Function));
    },
  );
});
