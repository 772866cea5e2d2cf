/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import type { KubeConfig, KubernetesObject } from '@kubernetes/client-node';
import { loadClientNode } from './clientNode';
import { ClusterRole } from './fleet';
import { applyManifests, Manifest, readManifestDir } from './manifests';
import { localClusterPaths } from './paths';
import { waitFor } from './waitFor';

/** What Cartographer should report for one sample Workload or Deliverable. */
export interface SampleExpectation {
  kind: 'Workload' | 'Deliverable';
  namespace: string;
  name: string;
  ready: 'True' | 'False';
  /** The blueprint Cartographer selects, when it selects one. */
  blueprint?: string;
  /** Reason of the Ready condition when it is False. */
  reason?: string;
}

/** The outcomes examples/cluster is designed to produce. */
export const SAMPLE_EXPECTATIONS: readonly SampleExpectation[] = [
  {
    kind: 'Workload',
    namespace: 'dev',
    name: 'shop-frontend',
    ready: 'True',
    blueprint: 'source-to-url',
  },
  {
    kind: 'Workload',
    namespace: 'dev',
    name: 'catalog-service',
    ready: 'True',
    blueprint: 'source-test-to-url',
  },
  {
    kind: 'Workload',
    namespace: 'dev',
    name: 'recommendations',
    ready: 'True',
    blueprint: 'experimental-chain',
  },
  {
    kind: 'Workload',
    namespace: 'dev',
    name: 'search-ui',
    ready: 'False',
    reason: 'MultipleSupplyChainMatches',
  },
  {
    kind: 'Workload',
    namespace: 'dev',
    name: 'report-worker',
    ready: 'False',
    reason: 'SupplyChainNotFound',
  },
  {
    kind: 'Workload',
    namespace: 'payments',
    name: 'payment-api',
    ready: 'True',
    blueprint: 'source-test-to-url',
  },
  {
    kind: 'Workload',
    namespace: 'payments',
    name: 'ledger',
    ready: 'True',
    blueprint: 'source-to-url',
  },
  {
    kind: 'Workload',
    namespace: 'payments',
    name: 'fraud-detector',
    ready: 'False',
    blueprint: 'source-to-url',
    reason: 'HealthyConditionRule',
  },
  {
    kind: 'Workload',
    namespace: 'dev',
    name: 'inventory-api',
    ready: 'True',
    blueprint: 'source-to-url-ytt',
  },
  {
    kind: 'Workload',
    namespace: 'payments',
    name: 'risk-engine',
    ready: 'False',
    blueprint: 'source-test-immutable-to-url',
    reason: 'HealthyConditionRule',
  },
  {
    kind: 'Workload',
    namespace: 'qa',
    name: 'inventory-api',
    ready: 'True',
    blueprint: 'source-runnable-test',
  },
];

/**
 * The Deliverables the hand-over (handover.ts) applies from the
 * `deliverable` stage of source-to-url: on the run cluster, or on the same
 * cluster when there is only one. fraud-detector's failure is a health rule
 * on image-builder, whose outputs still flow, so it is handed over too.
 */
export const DELIVERABLE_EXPECTATIONS: readonly SampleExpectation[] = [
  {
    kind: 'Deliverable',
    namespace: 'dev',
    name: 'shop-frontend',
    ready: 'True',
    blueprint: 'delivery-basic',
  },
  {
    kind: 'Deliverable',
    namespace: 'payments',
    name: 'ledger',
    ready: 'True',
    blueprint: 'delivery-basic',
  },
  {
    kind: 'Deliverable',
    namespace: 'payments',
    name: 'fraud-detector',
    ready: 'True',
    blueprint: 'delivery-basic',
  },
  // Kept on run by hand after its workload was retired (50-retired-deliverable.yaml).
  {
    kind: 'Deliverable',
    namespace: 'payments',
    name: 'legacy-billing',
    ready: 'True',
    blueprint: 'delivery-basic',
  },
];

/** Samples labelled so belong to the delivery side (the run cluster). */
const SAMPLE_SIDE_LABEL = 'cartographer.backstage.io/sample-side';
/** Kinds both sides need: the namespaces and the stamping identities. */
const SHARED_KINDS = new Set([
  'Namespace',
  'ServiceAccount',
  'Role',
  'RoleBinding',
]);

/** The part of examples/cluster that a cluster of the given role holds. */
export function samplesForRole(
  manifests: Manifest[],
  role: ClusterRole,
): Manifest[] {
  if (role === 'single') return manifests;
  return manifests.filter(m => {
    const delivery = m.metadata?.labels?.[SAMPLE_SIDE_LABEL] === 'delivery';
    if (role === 'build') return !delivery;
    return delivery || SHARED_KINDS.has(m.kind ?? '');
  });
}

/** The owner objects Cartographer reconciles, as read back from the cluster. */
export interface OwnerObject extends KubernetesObject {
  spec?: Record<string, unknown>;
  status?: {
    observedGeneration?: number;
    conditions?: Array<{
      type: string;
      status: string;
      reason?: string;
      message?: string;
    }>;
    supplyChainRef?: { kind?: string; name?: string };
    deliveryRef?: { kind?: string; name?: string };
    resources?: Array<{
      name: string;
      stampedRef?: {
        apiVersion?: string;
        kind?: string;
        namespace?: string;
        name?: string;
      };
      conditions?: Array<{
        type: string;
        status: string;
        reason?: string;
        message?: string;
      }>;
    }>;
  };
}

export function condition(owner: OwnerObject | undefined, type: string) {
  return owner?.status?.conditions?.find(c => c.type === type);
}

/**
 * True once Cartographer has reconciled the current generation and decided:
 * Ready is True or False (Unknown means it is still working).
 */
export function hasSettled(owner: OwnerObject | undefined): boolean {
  const ready = condition(owner, 'Ready');
  return (
    !!ready &&
    ready.status !== 'Unknown' &&
    owner?.status?.observedGeneration === owner?.metadata?.generation
  );
}

async function asKubeConfig(
  kubeconfig: string | KubeConfig,
): Promise<KubeConfig> {
  if (typeof kubeconfig !== 'string') {
    return kubeconfig;
  }
  const k8s = await loadClientNode();
  const kubeConfig = new k8s.KubeConfig();
  kubeConfig.loadFromFile(kubeconfig);
  return kubeConfig;
}

/**
 * Applies examples/cluster in file order (namespaces, ServiceAccounts and
 * RBAC, templates, supply chains and delivery, Workloads) with server-side
 * apply, so seeding again changes nothing. A `build` or `run` cluster gets
 * only its side (samplesForRole).
 */
export async function seedSamples(
  kubeconfig: string | KubeConfig,
  samplesDir = localClusterPaths().samplesDir,
  role: ClusterRole = 'single',
): Promise<KubernetesObject[]> {
  const kubeConfig = await asKubeConfig(kubeconfig);
  return applyManifests(
    kubeConfig,
    samplesForRole(await readManifestDir(samplesDir), role),
  );
}

export async function readOwner(
  kubeConfig: KubeConfig,
  ref: { kind: 'Workload' | 'Deliverable'; namespace: string; name: string },
): Promise<OwnerObject | undefined> {
  const k8s = await loadClientNode();
  const api = kubeConfig.makeApiClient(k8s.CustomObjectsApi);
  try {
    return (await api.getNamespacedCustomObject({
      group: 'carto.run',
      version: 'v1alpha1',
      namespace: ref.namespace,
      plural: ref.kind === 'Workload' ? 'workloads' : 'deliverables',
      name: ref.name,
    })) as OwnerObject;
  } catch (error) {
    if ((error as { code?: number }).code === 404) {
      return undefined;
    }
    throw error;
  }
}

/** Waits until the owner's Ready condition is settled and returns it. */
export async function waitForSettled(
  kubeConfig: KubeConfig,
  ref: { kind: 'Workload' | 'Deliverable'; namespace: string; name: string },
  options: { timeoutMs?: number; until?: (owner: OwnerObject) => boolean } = {},
): Promise<OwnerObject> {
  const until = options.until ?? hasSettled;
  return waitFor(
    async () => {
      const owner = await readOwner(kubeConfig, ref);
      return owner && until(owner) ? owner : undefined;
    },
    {
      timeoutMs: options.timeoutMs ?? 120_000,
      intervalMs: 500,
      description: `${ref.kind} ${ref.namespace}/${ref.name} to settle`,
    },
  );
}

/** Waits until every sample has the Ready status it is designed to reach. */
export async function waitForSamples(
  kubeconfig: string | KubeConfig,
  options: {
    timeoutMs?: number;
    expectations?: readonly SampleExpectation[];
  } = {},
): Promise<OwnerObject[]> {
  const kubeConfig = await asKubeConfig(kubeconfig);
  const owners: OwnerObject[] = [];
  for (const expected of options.expectations ?? SAMPLE_EXPECTATIONS) {
    owners.push(
      await waitForSettled(kubeConfig, expected, {
        timeoutMs: options.timeoutMs,
        until: owner =>
          hasSettled(owner) &&
          condition(owner, 'Ready')?.status === expected.ready,
      }),
    );
  }
  return owners;
}
