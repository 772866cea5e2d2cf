/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { cartographerWorkloadPermissionRules } from '../permissions/rules';
import { WorkloadAuthorizer } from '../permissions/WorkloadAuthorizer';

/** A policy decision limiting workload reads to some namespaces. */
export function namespaceOnly(namespaces: string[]): PolicyDecision {
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'cartographer',
    resourceType: 'cartographer-workload',
    conditions: {
      rule: 'IS_IN_NAMESPACE',
      resourceType: 'cartographer-workload',
      params: { namespaces },
    },
  };
}

/**
 * A WorkloadAuthorizer whose permission service answers every request with
 * `decision` (conditions evaluated by the real rules).
 */
export function authorizerFor(decision: PolicyDecision) {
  const registry = mockServices.permissionsRegistry.mock();
  registry.getPermissionRuleset.mockReturnValue({
    getRuleByName: (name: string) =>
      Object.values(cartographerWorkloadPermissionRules).find(
        r => r.name === name,
      )!,
  } as any);
  const permissions = mockServices.permissions.mock({
    authorize: async () =>
      [
        {
          result:
            decision.result === AuthorizeResult.DENY
              ? AuthorizeResult.DENY
              : AuthorizeResult.ALLOW,
        },
      ] as any,
    authorizeConditional: async () => [decision] as any,
  });
  return {
    permissions,
    authorizer: new WorkloadAuthorizer(permissions, registry),
  };
}
