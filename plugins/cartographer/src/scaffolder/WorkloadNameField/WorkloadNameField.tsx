/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { useApi } from '@backstage/core-plugin-api';
import {
  CustomFieldValidator,
  FieldExtensionComponentProps,
} from '@backstage/plugin-scaffolder-react';
import { TextField } from '@material-ui/core';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { cartographerApiRef } from '../../api';
import { WorkloadNameUiOptions } from '../types';
import { nameTarget, workloadNameProblem } from './nameCheck';

/**
 * A workload name input that tells, while typing, whether the name is a
 * valid DNS label and still free in the chosen namespace.
 * @public
 */
export function WorkloadNameField(
  props: FieldExtensionComponentProps<string, WorkloadNameUiOptions>,
) {
  const {
    onChange,
    formData,
    rawErrors,
    required,
    schema,
    uiSchema,
    formContext,
    idSchema,
  } = props;
  const api = useApi(cartographerApiRef);
  const target = nameTarget(uiSchema?.['ui:options'], formContext?.formData);
  const [debounced, setDebounced] = useState(formData);
  useDebounce(() => setDebounced(formData), 400, [formData]);
  const check = useAsync(
    async () =>
      debounced ? workloadNameProblem(api, debounced, target) : undefined,
    [api, debounced, target.namespace, target.cluster],
  );

  let helper = schema.description;
  if (debounced && check.value) {
    helper = check.value;
  } else if (debounced && !check.loading && !check.error && target.namespace) {
    helper = `${debounced} is free in namespace ${target.namespace}`;
  }
  return (
    <TextField
      id={idSchema?.$id}
      label={schema.title ?? 'Name'}
      margin="normal"
      required={required}
      value={formData ?? ''}
      onChange={event => onChange(event.target.value || undefined)}
      error={!!rawErrors?.length || !!(debounced && check.value)}
      helperText={helper}
      inputProps={{ autoComplete: 'off' }}
    />
  );
}

/** Blocks "Next" while the name is invalid or taken. */
export const workloadNameValidation: CustomFieldValidator<
  string,
  WorkloadNameUiOptions
> = async (value, validation, { apiHolder, formData, uiSchema }) => {
  const api = apiHolder.get(cartographerApiRef);
  if (!api) return;
  const problem = await workloadNameProblem(
    api,
    value,
    nameTarget(uiSchema?.['ui:options'], formData),
  );
  if (problem) {
    validation.addError(problem);
  }
};
