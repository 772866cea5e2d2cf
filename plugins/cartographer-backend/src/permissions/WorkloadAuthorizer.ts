/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  BackstageCredentials,
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  AuthorizeResult,
  PermissionCriteria,
  PermissionCondition,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import {
  cartographerSupplyChainApprovePermission,
  cartographerSupplyChainReadPermission,
} from '@internal/plugin-cartographer-common';
import {
  cartographerWorkloadPermissionRules,
  supplyChainPermissionResourceRef,
  SupplyChainResource,
  workloadPermissionResourceRef,
  WorkloadResource,
} from './rules';
import { withRule } from '../service/audit';

/** A 403 whose audit event names the permission rule. */
function permissionRefusal(message: string) {
  return withRule(new NotAllowedError(message), 'permission');
}

/** Rules that read only a workload's cluster and namespace. */
const PLACE_RULES = new Set(
  Object.values(cartographerWorkloadPermissionRules).map(r => r.name),
);

/** The names of the rules a decision's conditions apply. */
function ruleNames(
  criteria: PermissionCriteria<PermissionCondition>,
): string[] {
  if ('allOf' in criteria) return criteria.allOf.flatMap(ruleNames);
  if ('anyOf' in criteria) return criteria.anyOf.flatMap(ruleNames);
  if ('not' in criteria) return ruleNames(criteria.not);
  return [criteria.rule];
}

/** Applies Backstage permissions to workloads and supply chains. */
export class WorkloadAuthorizer {
  private readonly authorizeConditions: (
    decision: any,
    resource: WorkloadResource | undefined,
  ) => boolean;
  private readonly authorizeSupplyChainConditions: (
    decision: any,
    resource: SupplyChainResource | undefined,
  ) => boolean;

  constructor(
    private readonly permissions: PermissionsService,
    registry: PermissionsRegistryService,
  ) {
    this.authorizeConditions = createConditionAuthorizer(
      registry.getPermissionRuleset(workloadPermissionResourceRef),
    );
    this.authorizeSupplyChainConditions = createConditionAuthorizer(
      registry.getPermissionRuleset(supplyChainPermissionResourceRef),
    );
  }

  /** Approving or revoking one chain; conditions see its cluster. */
  async assertSupplyChainApprove(
    resource: SupplyChainResource,
    credentials: BackstageCredentials,
  ) {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission: cartographerSupplyChainApprovePermission }],
      { credentials },
    );
    const allowed =
      decision.result === AuthorizeResult.ALLOW ||
      (decision.result === AuthorizeResult.CONDITIONAL &&
        this.authorizeSupplyChainConditions(decision, resource));
    if (!allowed) {
      throw permissionRefusal(
        `you may not approve supply chains on cluster ${resource.cluster} (permission ${cartographerSupplyChainApprovePermission.name})`,
      );
    }
  }

  /** Keeps only the workloads the caller may see; denied ones are simply absent. */
  async filter<T extends WorkloadResource>(
    permission: ResourcePermission<'cartographer-workload'>,
    items: T[],
    credentials: BackstageCredentials,
  ): Promise<T[]> {
    const visible = await this.visibility(permission, credentials);
    return items.filter(visible);
  }

  /**
   * Which workloads the caller may see, from one decision per request. A
   * condition on clusters and namespaces only (the usual namespace policy)
   * is evaluated once per namespace, not once per workload.
   */
  async visibility(
    permission: ResourcePermission<'cartographer-workload'>,
    credentials: BackstageCredentials,
  ): Promise<(resource: WorkloadResource) => boolean> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.CONDITIONAL) {
      const allowed = decision.result === AuthorizeResult.ALLOW;
      return () => allowed;
    }
    const byPlace = ruleNames(decision.conditions).every(n =>
      PLACE_RULES.has(n),
    );
    if (!byPlace) {
      return resource => this.authorizeConditions(decision, resource);
    }
    // cluster -> namespace -> whether the caller may see it
    const places = new Map<string, Map<string, boolean>>();
    return resource => {
      let namespaces = places.get(resource.cluster);
      if (!namespaces) places.set(resource.cluster, (namespaces = new Map()));
      let allowed = namespaces.get(resource.namespace);
      if (allowed === undefined) {
        allowed = this.authorizeConditions(decision, resource);
        namespaces.set(resource.namespace, allowed);
      }
      return allowed;
    };
  }

  /**
   * For one workload: a denied read looks like a missing workload, so the
   * API never confirms that something the caller may not see exists.
   */
  async assertRead(
    permission: ResourcePermission<'cartographer-workload'>,
    resource: WorkloadResource,
    credentials: BackstageCredentials,
    noun: 'workload' | 'runnable' = 'workload',
  ) {
    if (!(await this.allowed(permission, resource, credentials))) {
      throw new NotFoundError(
        `${noun} ${resource.namespace}/${resource.name} not found on cluster ${resource.cluster}`,
      );
    }
  }

  async assertAllowed(
    permission: ResourcePermission<'cartographer-workload'>,
    resource: WorkloadResource,
    credentials: BackstageCredentials,
  ) {
    if (!(await this.allowed(permission, resource, credentials))) {
      throw permissionRefusal(
        `you may not ${permission.attributes.action ?? 'use'} workloads in namespace ${resource.namespace} on cluster ${resource.cluster} (permission ${permission.name})`,
      );
    }
  }

  async assertSupplyChainRead(credentials: BackstageCredentials) {
    const [decision] = await this.permissions.authorize(
      [{ permission: cartographerSupplyChainReadPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `you may not read supply chains (permission ${cartographerSupplyChainReadPermission.name})`,
      );
    }
  }

  private async allowed(
    permission: ResourcePermission<'cartographer-workload'>,
    resource: WorkloadResource,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) return true;
    if (decision.result === AuthorizeResult.DENY) return false;
    return this.authorizeConditions(decision, resource);
  }
}
