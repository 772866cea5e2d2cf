/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Entity } from '@backstage/catalog-model';
import { CodeSnippet, EmptyState } from '@backstage/core-components';
import {
  ClusterInfo,
  ENTITY_ANNOTATIONS,
} from '@internal/plugin-cartographer-common';
import { Box, Typography } from '@material-ui/core';
import { entityWorkloadScope, labelsToAdd } from '../../lib/entityMatching';
import { formatTerm } from '../../lib/selectorTerms';

function workloadYaml(labels: string[], namespace?: string) {
  return [
    'apiVersion: carto.run/v1alpha1',
    'kind: Workload',
    'metadata:',
    '  name: my-app',
    ...(namespace ? [`  namespace: ${namespace}`] : []),
    '  labels:',
    ...labels.map(l => {
      const [key, ...value] = l.split('=');
      return `    ${key}: ${JSON.stringify(value.join('='))}`;
    }),
  ].join('\n');
}

/**
 * The tab's empty state, which says how to fix it: Cartographer missing on
 * every cluster, or the labels a Workload needs to show up here.
 */
export function NoWorkloadsEmptyState({
  entity,
  clusters,
}: {
  entity: Entity;
  clusters: ClusterInfo[];
}) {
  if (clusters.length > 0 && clusters.every(c => c.state === 'notInstalled')) {
    return (
      <EmptyState
        missing="info"
        title="Cartographer is not installed"
        description={`None of the configured clusters (${clusters
          .map(c => c.name)
          .join(
            ', ',
          )}) has the carto.run CRDs. Install Cartographer on a cluster, or point the Cartographer backend at one that has it.`}
      />
    );
  }
  const scope = entityWorkloadScope(entity);
  const annotations = entity.metadata.annotations ?? {};
  const labels = scope && labelsToAdd(scope);
  const unreadable = clusters.filter(
    c => c.state === 'error' || c.state === 'syncing',
  );
  return (
    <EmptyState
      missing="data"
      title="No workloads for this entity"
      description={
        <Box display="flex" flexDirection="column" style={{ gap: 8 }}>
          <Typography variant="body2" component="span">
            {scope
              ? `No Cartographer Workload you may see matches ${scope.labels
                  .map(formatTerm)
                  .join(
                    ', ',
                  )}${scope.namespace ? ` in namespace ${scope.namespace}` : ''}${
                  scope.cluster ? ` on cluster ${scope.cluster}` : ''
                }.`
              : `The annotation ${ENTITY_ANNOTATIONS.labelSelector} ("${annotations[ENTITY_ANNOTATIONS.labelSelector]}") is not a valid label selector.`}
          </Typography>
          {labels && (
            <>
              <Typography variant="body2" component="span">
                Give the Workload{' '}
                {labels.length === 1 ? 'this label' : 'these labels'} (
                {labels.join(', ')}), the same ones the Kubernetes tab uses:
              </Typography>
              <CodeSnippet
                language="yaml"
                text={workloadYaml(labels, scope?.namespace)}
              />
            </>
          )}
          {unreadable.length > 0 && (
            <Typography variant="body2" component="span">
              Cluster{unreadable.length > 1 ? 's' : ''}{' '}
              {unreadable.map(c => c.name).join(', ')} could not be read, so
              workloads there are not listed.
            </Typography>
          )}
          <Typography variant="body2" component="span" color="textSecondary">
            Workloads you are not permitted to read (cartographer.workload.read)
            are not listed either.
          </Typography>
        </Box>
      }
    />
  );
}
