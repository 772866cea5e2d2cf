/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  BlueprintTemplate,
  CartographerKind,
  stampedHistory,
  StampedRevision,
  Workload,
} from '@internal/plugin-cartographer-common';
import { ClusterCache } from '../cache/ClusterCache';

/** Lifecycles whose templates stamp a new object per input and keep the old ones. */
const KEEPS_HISTORY = ['immutable', 'tekton'];

/**
 * Every object a stage's immutable or tekton-lifecycle template stamped for
 * the workload, newest first with its health; undefined for a mutable
 * template. Cartographer finds them by its carto.run labels, as we do (one
 * LIST on demand, like the stage's other reads).
 */
export async function readStampedHistory(
  cluster: ClusterCache,
  workload: Workload,
  stage: string,
  ref: {
    apiVersion?: string;
    kind?: string;
    namespace?: string;
    name?: string;
  },
): Promise<StampedRevision[] | undefined> {
  const templateRef = workload.status?.resources?.find(
    r => r.name === stage,
  )?.templateRef;
  const template = templateRef?.kind
    ? cluster
        .list<BlueprintTemplate>(templateRef.kind as CartographerKind)
        .find(t => t.metadata?.name === templateRef.name)
    : undefined;
  if (!template || !KEEPS_HISTORY.includes(template.spec.lifecycle ?? '')) {
    return undefined;
  }
  const items = await cluster.client.list(
    { apiVersion: ref.apiVersion!, kind: ref.kind! },
    ref.namespace ?? workload.metadata?.namespace,
    `carto.run/workload-name=${workload.metadata?.name},carto.run/resource-name=${stage}`,
  );
  // The labels do not name the namespace's other owners apart: keep ours.
  const uid = workload.metadata?.uid;
  const owned = items.filter(
    o => !uid || o.metadata?.ownerReferences?.some(r => r.uid === uid),
  );
  // The cluster client returns objects as the API server sent them.
  return stampedHistory(owned, ref.name, template.spec.healthRule);
}
