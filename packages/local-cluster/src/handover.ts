/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import yaml from 'yaml';
import type {
  KubeConfig,
  KubernetesObject,
  V1ConfigMap,
} from '@kubernetes/client-node';
import { loadClientNode } from './clientNode';
import { applyManifests, Manifest } from './manifests';
import { statusCodeOf } from './testing/workloads';

/** The label the stock external-deliverable template puts on its ConfigMap. */
export const DELIVERABLE_CONFIG_MAP_SELECTOR =
  'app.kubernetes.io/component=deliverable';

/**
 * Marks a Deliverable the hand-over applied, with the build cluster's
 * identity (its kube-system namespace's UID), so a later pass may prune what
 * that build cluster no longer publishes, and nothing else: a Deliverable
 * created by hand, or handed over from another build cluster, stays.
 */
export const HANDED_OVER_FROM_LABEL =
  'cartographer.backstage.io/handed-over-from';

type ObjectKey = Pick<KubernetesObject, 'metadata'>;
const keyOf = (o: ObjectKey) => `${o.metadata?.namespace}/${o.metadata?.name}`;

/**
 * What a GitOps tool with pruning removes: the Deliverables this build
 * cluster handed over earlier whose manifest it no longer publishes (their
 * workload was deleted, so its stamped ConfigMap went with it).
 */
export function deliverablesToPrune<T extends ObjectKey>(
  handedOver: T[],
  published: ObjectKey[],
): T[] {
  const current = new Set(published.map(keyOf));
  return handedOver.filter(d => !current.has(keyOf(d)));
}

/**
 * The Deliverable a `deliverable` stage published in a ConfigMap
 * (`data.deliverable`), placed in the ConfigMap's namespace as a GitOps
 * tool would apply it; undefined when the ConfigMap holds none.
 */
export function deliverableFromConfigMap(
  configMap: Pick<V1ConfigMap, 'metadata' | 'data'>,
  source?: string,
): Manifest | undefined {
  const text = configMap.data?.deliverable;
  if (!text) return undefined;
  const parsed = yaml.parse(text) as Manifest | null;
  if (parsed?.kind !== 'Deliverable' || !parsed.metadata?.name) {
    return undefined;
  }
  const labels = source
    ? { ...parsed.metadata.labels, [HANDED_OVER_FROM_LABEL]: source }
    : parsed.metadata.labels;
  return {
    ...parsed,
    metadata: {
      ...parsed.metadata,
      namespace: configMap.metadata?.namespace,
      ...(labels && { labels }),
    },
  };
}

export interface HandOverResult {
  /** The Deliverables applied to run. */
  applied: KubernetesObject[];
  /** Those removed from run: handed over earlier, no longer published. */
  pruned: KubernetesObject[];
}

/**
 * One pass of the hand-over the Tanzu multi-cluster setup leaves to GitOps
 * (with pruning, as kapp or Flux do): reads every deliverable ConfigMap on
 * the build cluster, applies its Deliverable to the run cluster
 * (server-side apply, so repeating it is a no-op) and deletes the
 * Deliverables it handed over before whose ConfigMap is gone.
 */
export async function handOverDeliverables(
  build: KubeConfig,
  run: KubeConfig,
): Promise<HandOverResult> {
  const k8s = await loadClientNode();
  const core = build.makeApiClient(k8s.CoreV1Api);
  const source = (await core.readNamespace({ name: 'kube-system' })).metadata
    ?.uid;
  if (!source) throw new Error('the build cluster has no kube-system UID');
  const list = await core.listConfigMapForAllNamespaces({
    labelSelector: DELIVERABLE_CONFIG_MAP_SELECTOR,
  });
  const deliverables = list.items
    .map(configMap => deliverableFromConfigMap(configMap, source))
    .filter((d): d is Manifest => !!d);
  // The run cluster's namespaces are the platform team's to create, as with
  // GitOps: a Deliverable for a namespace run lacks (a test's, or one being
  // deleted on build) waits there, and never stops the others.
  const runNamespaces = new Set(
    (await run.makeApiClient(k8s.CoreV1Api).listNamespace()).items.map(
      n => n.metadata?.name,
    ),
  );
  const applied = await applyManifests(
    run,
    deliverables.filter(d => runNamespaces.has(d.metadata?.namespace)),
  );
  const custom = run.makeApiClient(k8s.CustomObjectsApi);
  const earlier = (await custom.listClusterCustomObject({
    group: 'carto.run',
    version: 'v1alpha1',
    plural: 'deliverables',
    labelSelector: `${HANDED_OVER_FROM_LABEL}=${source}`,
  })) as { items: KubernetesObject[] };
  const pruned = deliverablesToPrune(earlier.items, deliverables);
  for (const gone of pruned) {
    await custom
      .deleteNamespacedCustomObject({
        group: 'carto.run',
        version: 'v1alpha1',
        plural: 'deliverables',
        namespace: gone.metadata!.namespace!,
        name: gone.metadata!.name!,
      })
      // Deleted meanwhile (by another pass): what pruning wanted.
      .catch(error => {
        if (statusCodeOf(error) !== 404) throw error;
      });
  }
  return { applied, pruned };
}
