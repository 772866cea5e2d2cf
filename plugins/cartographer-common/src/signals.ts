/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/**
 * The signal channel that announces changes to one workload. Messages carry
 * only references; subscribers refetch through the permission-checked API.
 * @public
 */
export function workloadSignalChannel(
  cluster: string,
  namespace: string,
  name: string,
): string {
  return `cartographer:workload:${cluster}/${namespace}/${name}`;
}

/**
 * The channel announcing that some workload of a cluster changed, for
 * index pages.
 * @public
 */
export const WORKLOADS_SIGNAL_CHANNEL = 'cartographer:workloads';

/**
 * The message published on workload channels.
 * @public
 */
export interface WorkloadSignal {
  cluster: string;
  namespace: string;
  name: string;
  /** What happened to the workload in the cache. */
  change: 'added' | 'modified' | 'deleted';
  /**
   * The workload's resourceVersion after the change: each is announced
   * once, whichever replica of the backend saw it first.
   */
  resourceVersion?: string;
  /** The Ready status after the change. */
  ready?: 'True' | 'False' | 'Unknown';
}

/**
 * The channel announcing that a workload of one catalog entity changed
 * (matched by the entity's Kubernetes annotations), for the Supply Chain
 * tab.
 * @public
 */
export function entitySignalChannel(entityRef: string): string {
  return `cartographer:entity:${entityRef}`;
}
