/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  ClusterSupplyChain,
  CreateWorkloadResponse,
  PreviewResponse,
  Refusal,
  refusalError,
  selectSupplyChain,
  validateWorkloadDraft,
  Workload,
  WorkloadDraftRequest,
} from '@internal/plugin-cartographer-common';
import { ClusterFleet } from '../cache/ClusterFleet';
import { ClusterCache } from '../cache/ClusterCache';
import { ApprovalPolicy } from './ApprovalPolicy';
import { withRule } from './audit';

const FIELD_MANAGER = 'backstage-cartographer';

/** Namespaces workloads may be created in, per cluster or for all ("*"). */
export class NamespacePolicy {
  private constructor(private readonly allowed: Record<string, string[]>) {}

  static fromConfig(config: Config): NamespacePolicy {
    const allowed: Record<string, string[]> = {};
    for (const entry of config.getOptionalConfigArray(
      'cartographer.workloadCreation.allowedNamespaces',
    ) ?? []) {
      // An entry without a cluster applies to every cluster.
      const cluster = entry.getOptionalString('cluster') ?? '*';
      allowed[cluster] = [
        ...(allowed[cluster] ?? []),
        ...entry.getStringArray('namespaces'),
      ];
    }
    return new NamespacePolicy(allowed);
  }

  /** Default: every namespace but the kube-* system ones. */
  allows(cluster: string, namespace: string): boolean {
    const patterns = this.allowed[cluster] ?? this.allowed['*'];
    if (!patterns) {
      return !namespace.startsWith('kube-');
    }
    return patterns.some(p =>
      p.endsWith('*') ? namespace.startsWith(p.slice(0, -1)) : p === namespace,
    );
  }
}

/**
 * Checks drafts against every onboarding rule and writes workloads that pass.
 * The rules run in the backend so no client can skip them.
 */
export class WorkloadWriter {
  constructor(
    private readonly fleet: ClusterFleet,
    private readonly approval: ApprovalPolicy,
    private readonly namespaces: NamespacePolicy,
  ) {}

  private resolveCluster(name?: string): ClusterCache {
    if (name) {
      return this.fleet.cluster(name);
    }
    const all = this.fleet.all();
    if (all.length === 1) return all[0];
    // Workloads are onboarded where supply chains run: in a fleet of a
    // build cluster and run clusters, that is the one to use.
    const building = all.filter(c => c.list('ClusterSupplyChain').length > 0);
    if (building.length === 1) return building[0];
    const names = (building.length ? building : all).map(c => c.name);
    throw new InputError(
      `choose a cluster: ${names.join(', ') || 'none is configured'}`,
    );
  }

  /** Every rule a create would apply, without writing anything. */
  preview(request: WorkloadDraftRequest): PreviewResponse {
    if (!request?.draft || typeof request.draft !== 'object') {
      throw new InputError('the request needs a workload draft');
    }
    const cluster = this.resolveCluster(request.cluster);
    const draft = {
      apiVersion: 'carto.run/v1alpha1',
      kind: 'Workload',
      ...request.draft,
    } as Workload;
    const chains = cluster.list<ClusterSupplyChain>('ClusterSupplyChain');
    const selection = selectSupplyChain(draft, chains);
    const chain = selection.selected;
    const validationErrors = validateWorkloadDraft(draft, chain);
    const refusals: Refusal[] = [];
    const protectedErrors = validationErrors.filter(
      e => e.code === 'protectedParam',
    );
    const otherErrors = validationErrors.filter(
      e => e.code !== 'protectedParam',
    );
    if (otherErrors.length) {
      refusals.push({
        rule: 'validation',
        message: otherErrors.map(e => `${e.path}: ${e.message}`).join('; '),
      });
    }
    const namespace = draft.metadata?.namespace ?? '';
    if (namespace && !this.namespaces.allows(cluster.name, namespace)) {
      refusals.push({
        rule: 'namespace',
        message: `workloads may not be created in namespace ${namespace} on cluster ${cluster.name} (cartographer.workloadCreation.allowedNamespaces)`,
      });
    }
    if (selection.outcome !== 'selected') {
      refusals.push({ rule: 'selection', message: selection.message });
    } else if (
      request.supplyChain &&
      chain?.metadata?.name !== request.supplyChain
    ) {
      refusals.push({
        rule: 'intendedChain',
        message: `the draft's labels select supply chain ${chain?.metadata?.name}, not the intended ${request.supplyChain}`,
      });
    }
    const decision = chain
      ? this.approval.decide(cluster.name, chain)
      : undefined;
    if (chain && !decision?.approved) {
      refusals.push({
        rule: 'approval',
        message: `supply chain ${chain.metadata?.name} is not approved for onboarding (${decision?.reason}). ${this.approval.howToApprove()}`,
      });
    }
    const ready = chain?.status?.conditions?.find(c => c.type === 'Ready');
    if (chain && ready?.status !== 'True') {
      refusals.push({
        rule: 'chainNotReady',
        message: `supply chain ${chain.metadata?.name} is not Ready${ready?.message ? `: ${ready.message}` : ''}`,
      });
    }
    if (protectedErrors.length) {
      refusals.push({
        rule: 'protectedParam',
        message: protectedErrors.map(e => e.message).join('; '),
      });
    }
    const exists = !!cluster.get(
      'Workload',
      namespace,
      draft.metadata?.name ?? '',
    );
    if (exists && (request.ifExists ?? 'fail') === 'fail') {
      refusals.push({
        rule: 'exists',
        message: `workload ${namespace}/${draft.metadata?.name} already exists on cluster ${cluster.name} (set ifExists: update to change it)`,
      });
    }
    return {
      cluster: cluster.name,
      validationErrors,
      selection: {
        outcome: selection.outcome,
        selected: chain?.metadata?.name,
        message: selection.message,
        candidates: selection.candidates,
      },
      approved: !!decision?.approved,
      chainReady: ready?.status === 'True',
      refusals,
      exists,
    };
  }

  /** Applies a draft that passes every rule; refuses with the first rule otherwise. */
  async create(
    request: WorkloadDraftRequest,
    dryRun: boolean,
  ): Promise<CreateWorkloadResponse> {
    const preview = this.preview(request);
    const [refusal] = preview.refusals;
    if (refusal) {
      throw withRule(refusalError(preview.refusals), refusal.rule);
    }
    const cluster = this.fleet.cluster(preview.cluster);
    const draft = {
      ...request.draft,
      apiVersion: 'carto.run/v1alpha1',
      kind: 'Workload',
    } as Workload;
    const { metadata } = draft;
    const body = {
      ...draft,
      metadata: {
        name: metadata?.name,
        namespace: metadata?.namespace,
        labels: metadata?.labels,
        annotations: metadata?.annotations,
      },
    };
    const options = { fieldManager: FIELD_MANAGER, dryRun };
    // Errors come mapped by the cluster client: 403 NotAllowed, 409 Conflict, 400/422 Input.
    const applied = preview.exists
      ? await cluster.client.apply(body, options)
      : await cluster.client.create(body, options);
    return {
      cluster: cluster.name,
      dryRun,
      created: !preview.exists,
      supplyChain: preview.selection.selected!,
      workload: applied as Workload,
    };
  }
}
