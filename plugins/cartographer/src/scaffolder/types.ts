/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/**
 * What the SupplyChainPicker field stores: the chosen chain and the labels
 * a workload needs to be selected by it. Templates pass `labels` and `name`
 * to `cartographer:workload:create` as `labels` and `supplyChain`.
 * @public
 */
export interface SupplyChainPickerValue {
  cluster: string;
  name: string;
  labels: Record<string, string>;
}

/**
 * `ui:options` of the SupplyChainPicker field.
 * @public
 */
export interface SupplyChainPickerUiOptions {
  /** A fixed cluster. */
  cluster?: string;
  /** The form field holding the cluster name, when users choose one. */
  clusterField?: string;
}

/**
 * `ui:options` of the CartographerWorkloadName field.
 * @public
 */
export interface WorkloadNameUiOptions {
  /** A fixed namespace. */
  namespace?: string;
  /** The form field holding the namespace (default `namespace`). */
  namespaceField?: string;
  /** The form field holding the SupplyChainPicker value, for its cluster (default `supplyChain`). */
  supplyChainField?: string;
}

/**
 * `ui:options` of the CartographerWorkloadPreview field: where in the form
 * the workload's parts are. Each defaults to the name shown.
 * @public
 */
export interface WorkloadPreviewUiOptions {
  /** Default `name`. */
  nameField?: string;
  /** Default `namespace`. */
  namespaceField?: string;
  /** Default `supplyChain` (a SupplyChainPicker value). */
  supplyChainField?: string;
  /** Default `repoUrl`. */
  repoUrlField?: string;
  /** Default `gitRef` (a branch). */
  gitRefField?: string;
  /** Default `image`. */
  imageField?: string;
  /** Default `params` (an object of param values). */
  paramsField?: string;
}
