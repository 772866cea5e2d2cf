/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { RunnableSummary } from '../api';
import { workloadResourceRef } from '../permissions';
import { withoutUndefined } from './documents';

/**
 * The search document type of standalone Runnables.
 * @public
 */
export const CARTOGRAPHER_RUNNABLE_DOCUMENT_TYPE = 'cartographer-runnable';

/**
 * A standalone Runnable as the search index holds it.
 * @public
 */
export interface CartographerRunnableDocument {
  title: string;
  text: string;
  location: string;
  /**
   * Runnables are permission-checked as workloads are: the same read
   * permission and the same cluster and namespace rules.
   */
  authorization: { resourceRef: string };
  cluster: string;
  namespace: string;
  name: string;
  state: RunnableSummary['state'];
  reason?: string;
  runTemplate: string;
}

/**
 * Builds the search document of a standalone Runnable.
 * @public
 */
export function runnableSearchDocument(
  summary: RunnableSummary,
  options: { location: string },
): CartographerRunnableDocument {
  const labels = Object.entries(summary.labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  const document: CartographerRunnableDocument = {
    title: summary.name,
    text: [
      `Runnable ${summary.name} in namespace ${summary.namespace} on cluster ${summary.cluster}.`,
      `Runs ClusterRunTemplate ${summary.runTemplate}.`,
      `State: ${summary.state}${summary.reason ? ` (${summary.reason})` : ''}.`,
      summary.state === 'failed' && summary.message
        ? `${summary.message}.`
        : undefined,
      labels ? `Labels: ${labels}.` : undefined,
    ]
      .filter(Boolean)
      .join(' '),
    location: options.location,
    authorization: {
      resourceRef: workloadResourceRef(
        summary.cluster,
        summary.namespace,
        summary.name,
      ),
    },
    cluster: summary.cluster,
    namespace: summary.namespace,
    name: summary.name,
    state: summary.state,
    reason: summary.reason,
    runTemplate: summary.runTemplate,
  };
  return withoutUndefined(document);
}
