/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { SupplyChainSummary } from '@internal/plugin-cartographer-common';
import {
  Box,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Typography,
} from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import useAsync from 'react-use/esm/useAsync';
import { cartographerApiRef } from '../../api';
import { labelsForChain, onboardableChains } from '../supplyChainChoices';
import { SupplyChainPickerUiOptions, SupplyChainPickerValue } from '../types';

/** The cluster from `ui:options`, fixed or read from another form field. */
export function pickerCluster(
  options: SupplyChainPickerUiOptions | undefined,
  formData: Record<string, unknown> | undefined,
): string | undefined {
  if (options?.cluster) return options.cluster;
  const value = options?.clusterField && formData?.[options.clusterField];
  return typeof value === 'string' && value ? value : undefined;
}

function ChainDetails({ chain }: { chain: SupplyChainSummary }) {
  const labels = Object.entries(labelsForChain(chain));
  const settable = chain.params.filter(p => !p.protected);
  return (
    <Box ml={4} mb={1}>
      {chain.description && (
        <Typography variant="body2">{chain.description}</Typography>
      )}
      <Typography variant="caption" component="div" color="textSecondary">
        Sets labels:{' '}
        {labels.length
          ? labels.map(([k, v]) => `${k}=${v}`).join(', ')
          : 'none'}
      </Typography>
      <Typography variant="caption" component="div" color="textSecondary">
        Params you can set:{' '}
        {settable.length
          ? settable
              .map(p =>
                p.default === undefined
                  ? p.name
                  : `${p.name} (default ${JSON.stringify(p.default)})`,
              )
              .join(', ')
          : 'none'}
      </Typography>
    </Box>
  );
}

/**
 * Lets a developer pick one of the approved, Ready supply chains of a
 * cluster, showing what each does, the labels it needs and the params it
 * lets them set. The stored value carries those labels.
 * @public
 */
export function SupplyChainPicker(
  props: FieldExtensionComponentProps<
    SupplyChainPickerValue,
    SupplyChainPickerUiOptions
  >,
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
  const cluster = pickerCluster(
    uiSchema?.['ui:options'],
    formContext?.formData,
  );
  const { value, loading, error } = useAsync(
    () => api.getSupplyChains(cluster ? { cluster } : {}),
    [api, cluster],
  );

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <Alert severity="error">
        Could not load the supply chains: {error.message}
      </Alert>
    );
  }
  const chains = onboardableChains(value?.items ?? []);
  if (!chains.length) {
    return (
      <Alert severity="warning">
        No approved, Ready supply chain
        {cluster ? ` on cluster ${cluster}` : ''}. Ask your platform operators
        to approve one.
      </Alert>
    );
  }
  const manyClusters = new Set(chains.map(c => c.cluster)).size > 1;
  const key = (c: { cluster: string; name: string }) =>
    `${c.cluster}/${c.name}`;
  const select = (selected: string) => {
    const chain = chains.find(c => key(c) === selected);
    if (chain) {
      onChange({
        cluster: chain.cluster,
        name: chain.name,
        labels: labelsForChain(chain),
      });
    }
  };

  return (
    <FormControl
      margin="normal"
      required={required}
      error={!!rawErrors?.length}
      component="fieldset"
    >
      <FormLabel component="legend">{schema.title ?? 'Supply chain'}</FormLabel>
      <RadioGroup
        name={idSchema?.$id ?? 'supplyChain'}
        value={formData ? key(formData) : ''}
        onChange={event => select(event.target.value)}
      >
        {chains.map(chain => (
          <Box key={key(chain)}>
            <FormControlLabel
              value={key(chain)}
              control={<Radio />}
              label={
                manyClusters ? `${chain.name} (${chain.cluster})` : chain.name
              }
            />
            <ChainDetails chain={chain} />
          </Box>
        ))}
      </RadioGroup>
      {schema.description && (
        <FormHelperText>{schema.description}</FormHelperText>
      )}
    </FormControl>
  );
}
