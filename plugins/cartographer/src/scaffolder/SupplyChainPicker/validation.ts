/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { cartographerApiRef } from '../../api';
import { onboardableChains } from '../supplyChainChoices';
import { SupplyChainPickerUiOptions, SupplyChainPickerValue } from '../types';

/**
 * Checks again on "Next" that the chosen chain is still approved and
 * Ready, so a chain put into the form data by hand (or withdrawn while the
 * form was open) cannot get through.
 */
export const supplyChainPickerValidation: CustomFieldValidator<
  SupplyChainPickerValue,
  SupplyChainPickerUiOptions
> = async (value, validation, { apiHolder }) => {
  if (!value?.name) return;
  const api = apiHolder.get(cartographerApiRef);
  if (!api) return;
  const { items } = await api.getSupplyChains({ cluster: value.cluster });
  const offered = onboardableChains(items).some(c => c.name === value.name);
  if (!offered) {
    validation.addError(
      `supply chain ${value.name} is not approved and Ready on cluster ${value.cluster}`,
    );
  }
};
