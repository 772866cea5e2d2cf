/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/**
 * A real local Kubernetes control plane (etcd, kube-apiserver,
 * kube-controller-manager) with the Cartographer controller, for
 * integration tests and the demo portal.
 *
 * @packageDocumentation
 */

export { startLocalCluster } from './startLocalCluster';
export { stopClusterAt } from './clusterRecord';
export type { StartLocalClusterOptions } from './startLocalCluster';
export {
  ensureLocalCluster,
  ensureRunCluster,
  TEST_KUBECONFIG_ENV,
  TEST_RUN_KUBECONFIG_ENV,
} from './ensureLocalCluster';
export { fleetMembers, FLEET_SIZE_ENV } from './fleet';
export type { ClusterRole, FleetMember } from './fleet';
export {
  handOverDeliverables,
  deliverableFromConfigMap,
  deliverablesToPrune,
  HANDED_OVER_FROM_LABEL,
} from './handover';
export type { HandOverResult } from './handover';
export { connectToCluster } from './localClusterHandle';
export type { LocalCluster } from './localClusterHandle';
export type { KubeconfigUser } from './kubeconfig';
export {
  seedSamples,
  waitForSamples,
  waitForSettled,
  readOwner,
  hasSettled,
  condition,
  SAMPLE_EXPECTATIONS,
  DELIVERABLE_EXPECTATIONS,
  samplesForRole,
} from './samples';
export type { OwnerObject, SampleExpectation } from './samples';
export { loadClientNode } from './clientNode';
export type { ClientNode } from './clientNode';
export { localClusterPaths } from './paths';
export { backstageAppConfig, renderBackstageAppConfig } from './appConfig';
export type { NamedCluster } from './appConfig';
export { eventually } from './eventually';
export { applyManifests } from './manifests';
export {
  CONFIG_MAPS,
  STAMPING_SERVICE_ACCOUNT,
  stampingNamespaceManifests,
} from './testing/testNamespace';
export type { StampedResources } from './testing/testNamespace';
export {
  createSampleWorkload,
  deleteSampleWorkload,
  failingBuild,
  setSampleParams,
} from './testing/sampleWorkloads';
export type { WorkloadParam } from './testing/sampleWorkloads';
export { stopApiserver } from './testing/apiserverOutage';
export type { ApiserverOutage } from './testing/apiserverOutage';
export { startApiserverWithoutCartographer } from './testing/apiserverWithoutCartographer';
export {
  upPersistentCluster,
  readClusterStatus,
  downAll,
} from './persistentCluster';
export type { StartFleetMember, UpResult } from './persistentCluster';
