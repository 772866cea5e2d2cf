/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import yaml from 'yaml';
import type {
  KubeConfig,
  KubernetesObject,
  V1ConfigMap,
} from '@kubernetes/client-node';
import { loadClientNode } from './clientNode';
import { applyManifests, Manifest } from './manifests';

/** The label the stock external-deliverable template puts on its ConfigMap. */
export const DELIVERABLE_CONFIG_MAP_SELECTOR =
  'app.kubernetes.io/component=deliverable';

/**
 * The Deliverable a `deliverable` stage published in a ConfigMap
 * (`data.deliverable`), placed in the ConfigMap's namespace as a GitOps
 * tool would apply it; undefined when the ConfigMap holds none.
 */
export function deliverableFromConfigMap(
  configMap: Pick<V1ConfigMap, 'metadata' | 'data'>,
): Manifest | undefined {
  const text = configMap.data?.deliverable;
  if (!text) return undefined;
  const parsed = yaml.parse(text) as Manifest | null;
  if (parsed?.kind !== 'Deliverable' || !parsed.metadata?.name) {
    return undefined;
  }
  return {
    ...parsed,
    metadata: { ...parsed.metadata, namespace: configMap.metadata?.namespace },
  };
}

/**
 * One pass of the hand-over the Tanzu multi-cluster setup leaves to GitOps:
 * reads every deliverable ConfigMap on the build cluster and applies its
 * Deliverable to the run cluster (server-side apply, so repeating it is a
 * no-op). Returns what it applied.
 */
export async function handOverDeliverables(
  build: KubeConfig,
  run: KubeConfig,
): Promise<KubernetesObject[]> {
  const k8s = await loadClientNode();
  const core = build.makeApiClient(k8s.CoreV1Api);
  const list = await core.listConfigMapForAllNamespaces({
    labelSelector: DELIVERABLE_CONFIG_MAP_SELECTOR,
  });
  const deliverables = list.items
    .map(deliverableFromConfigMap)
    .filter((d): d is Manifest => !!d);
  // The run cluster's namespaces are the platform team's to create, as with
  // GitOps: a Deliverable for a namespace run lacks (a test's, or one being
  // deleted on build) waits there, and never stops the others.
  const runNamespaces = new Set(
    (await run.makeApiClient(k8s.CoreV1Api).listNamespace()).items.map(
      n => n.metadata?.name,
    ),
  );
  return applyManifests(
    run,
    deliverables.filter(d => runNamespaces.has(d.metadata?.namespace)),
  );
}
