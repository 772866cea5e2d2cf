/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { ENTITY_ANNOTATIONS } from '@internal/plugin-cartographer-common';
import { Box, Typography } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { cartographerApiRef } from '../../api/CartographerApi';
import { useLiveData } from '../../hooks/useLiveData';
import { WorkloadPanel } from '../WorkloadPanel/WorkloadPanel';

/**
 * The Supply Chain tab: every workload of the entity (several clusters and
 * namespaces are normal), each with its graph and diagnosis, and each
 * cluster's health shown in place.
 * @public
 */
export function EntitySupplyChainContent() {
  const { entity } = useEntity();
  const api = useApi(cartographerApiRef);
  const entityRef = stringifyEntityRef(entity);
  const { value, loading, error } = useLiveData(
    () => api.getEntityWorkloads(entityRef),
    [api, entityRef],
  );

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  const clusters = value?.clusters ?? [];
  const troubled = clusters.filter(c => c.state !== 'ready');
  const selector =
    entity.metadata.annotations?.[ENTITY_ANNOTATIONS.labelSelector];
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      {troubled.map(c => (
        <Alert
          key={c.name}
          severity={c.state === 'notInstalled' ? 'info' : 'warning'}
        >
          Cluster {c.name}:{' '}
          {c.state === 'notInstalled'
            ? 'Cartographer is not installed there.'
            : `${c.state}${c.lastError ? ` — ${c.lastError}` : ''}. Workloads shown from it may be out of date.`}
        </Alert>
      ))}
      {value && value.items.length === 0 && (
        <EmptyState
          missing="data"
          title="No workloads for this entity"
          description={
            <Typography variant="body2" component="span">
              No Cartographer workload matches{' '}
              {selector ? `the label selector "${selector}"` : 'this entity'} in
              the clusters you may see. Label your Workload with{' '}
              <code>
                {selector ??
                  `backstage.io/kubernetes-id=${entity.metadata.name}`}
              </code>{' '}
              (the same annotations the Kubernetes tab uses).
            </Typography>
          }
        />
      )}
      {value?.items.map(w => (
        <WorkloadPanel
          key={`${w.cluster}/${w.namespace}/${w.name}`}
          workload={w}
        />
      ))}
    </Box>
  );
}
