/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  CustomFieldValidator,
  FieldExtensionComponentProps,
} from '@backstage/plugin-scaffolder-react';
import {
  describeRefusal,
  PreviewResponse,
} from '@internal/plugin-cartographer-common';
import { Box, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useEffect, useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { cartographerApiRef } from '../../api';
import { draftFromFormData } from '../draftFromFormData';
import { WorkloadPreviewUiOptions } from '../types';

/** The chain a create would land on, or undefined when it would be refused. */
function acceptedChain(preview: PreviewResponse | undefined) {
  return preview && !preview.refusals.length
    ? preview.selection.selected
    : undefined;
}

/**
 * Shows, as the form is filled in, which supply chain will select the
 * workload and whether the backend would refuse it (and why). Its value is
 * the accepted chain's name, so a required preview field keeps the form
 * from going on while the draft would be refused.
 * @public
 */
export function WorkloadPreviewField(
  props: FieldExtensionComponentProps<string, WorkloadPreviewUiOptions>,
) {
  const { onChange, formData, schema, uiSchema, formContext } = props;
  const api = useApi(cartographerApiRef);
  const options = uiSchema?.['ui:options'];
  const request = useMemo(
    () => draftFromFormData(formContext?.formData ?? {}, options),
    [formContext?.formData, options],
  );
  const requestKey = JSON.stringify(request ?? null);
  const [debouncedKey, setDebouncedKey] = useState(requestKey);
  useDebounce(() => setDebouncedKey(requestKey), 400, [requestKey]);
  const { value, loading, error } = useAsync(async () => {
    const parsed = JSON.parse(debouncedKey);
    return parsed ? api.previewWorkload(parsed) : undefined;
  }, [api, debouncedKey]);

  const chain = acceptedChain(value);
  useEffect(() => {
    if (!loading && chain !== formData) {
      onChange(chain);
    }
  }, [chain, formData, loading, onChange]);

  let body;
  if (!request) {
    body = (
      <Typography variant="body2" color="textSecondary">
        Fill in the name, namespace and supply chain to see which chain will
        take the workload.
      </Typography>
    );
  } else if (loading || debouncedKey !== requestKey) {
    body = <Progress />;
  } else if (error) {
    body = (
      <Alert severity="error">
        Could not check the workload: {error.message}
      </Alert>
    );
  } else if (value && chain) {
    body = (
      <Alert severity="success">
        Supply chain {chain} will take this workload on cluster {value.cluster}.{' '}
        {value.selection.message}
      </Alert>
    );
  } else if (value) {
    body = (
      <Alert severity="error">
        This workload would be refused:
        <ul>
          {value.refusals.map(r => (
            <li key={`${r.rule}:${r.message}`}>
              <strong>{r.rule}</strong>: {r.message}
            </li>
          ))}
        </ul>
      </Alert>
    );
  }
  return (
    <Box my={2}>
      <Typography variant="subtitle2">{schema.title ?? 'Check'}</Typography>
      {body}
    </Box>
  );
}

/** Blocks "Next" while the backend would refuse the draft. */
export const workloadPreviewValidation: CustomFieldValidator<
  string,
  WorkloadPreviewUiOptions
> = async (_value, validation, { apiHolder, formData, uiSchema }) => {
  const api = apiHolder.get(cartographerApiRef);
  const request = draftFromFormData(formData, uiSchema?.['ui:options']);
  if (!api || !request) return;
  const preview = await api.previewWorkload(request);
  for (const refusal of preview.refusals) {
    validation.addError(describeRefusal(refusal));
  }
};
