/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/** @public */
export const CARTOGRAPHER_GROUP = 'carto.run';
/** @public */
export const CARTOGRAPHER_VERSION = 'v1alpha1';
/** @public */
export const CARTOGRAPHER_API_VERSION = `${CARTOGRAPHER_GROUP}/${CARTOGRAPHER_VERSION}`;

/**
 * Every carto.run kind with its plural and scope.
 * @public
 */
export const CARTOGRAPHER_KINDS = {
  Workload: { plural: 'workloads', namespaced: true },
  Deliverable: { plural: 'deliverables', namespaced: true },
  Runnable: { plural: 'runnables', namespaced: true },
  ClusterSupplyChain: { plural: 'clustersupplychains', namespaced: false },
  ClusterDelivery: { plural: 'clusterdeliveries', namespaced: false },
  ClusterSourceTemplate: {
    plural: 'clustersourcetemplates',
    namespaced: false,
  },
  ClusterImageTemplate: { plural: 'clusterimagetemplates', namespaced: false },
  ClusterConfigTemplate: {
    plural: 'clusterconfigtemplates',
    namespaced: false,
  },
  ClusterTemplate: { plural: 'clustertemplates', namespaced: false },
  ClusterDeploymentTemplate: {
    plural: 'clusterdeploymenttemplates',
    namespaced: false,
  },
  ClusterRunTemplate: { plural: 'clusterruntemplates', namespaced: false },
} as const;

/** @public */
export type CartographerKind = keyof typeof CARTOGRAPHER_KINDS;

/** Labels and annotations the plugin reads or writes. @public */
export const LABELS = {
  /** TAP convention: selects the supply chain. */
  workloadType: 'apps.tanzu.vmware.com/workload-type',
  /** TAP convention: ties workloads to a Backstage entity. */
  partOf: 'app.kubernetes.io/part-of',
  /** Set by Cartographer on every stamped object. */
  workloadName: 'carto.run/workload-name',
  workloadNamespace: 'carto.run/workload-namespace',
  supplyChainName: 'carto.run/supply-chain-name',
  resourceName: 'carto.run/resource-name',
  templateKind: 'carto.run/template-kind',
  deliverableName: 'carto.run/deliverable-name',
  runnableName: 'carto.run/runnable-name',
  /** The stock Kubernetes plugin's id label. */
  backstageKubernetesId: 'backstage.io/kubernetes-id',
} as const;

/**
 * Workload annotations that carry catalog facts about the application a
 * workload belongs to: the onboarding action sets them, the catalog provider
 * and the search collator read them. Annotations, not labels, because entity
 * refs (`group:default/team-web`) are not valid label values.
 * @public
 */
export const WORKLOAD_ENTITY_ANNOTATIONS = {
  /** Owner entity ref of the application, e.g. `group:default/team-web`. */
  owner: 'backstage.io/owner',
  /** System entity ref the application is part of. */
  system: 'backstage.io/system',
  /** Catalog lifecycle, e.g. `experimental` or `production`. */
  lifecycle: 'backstage.io/lifecycle',
  /** One-line description of the application. */
  description: 'backstage.io/description',
} as const;

/** Entity annotations shared with the stock Kubernetes plugin. @public */
export const ENTITY_ANNOTATIONS = {
  labelSelector: 'backstage.io/kubernetes-label-selector',
  kubernetesId: 'backstage.io/kubernetes-id',
  namespace: 'backstage.io/kubernetes-namespace',
  cluster: 'backstage.io/kubernetes-cluster',
} as const;

/** The label the demo uses to mark operator-approved chains. @public */
export const DEFAULT_APPROVAL_LABEL = 'cartographer.backstage.io/approved';
