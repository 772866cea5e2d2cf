/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { cartographerWorkloadReadPermission } from '@internal/plugin-cartographer-common';
import { namespaceOnly } from '../__testUtils__/permissions';
import { cartographerWorkloadPermissionRules } from './rules';
import { WorkloadAuthorizer } from './WorkloadAuthorizer';

/** A rule of another plugin that reads the workload's name. */
const nameRule = {
  name: 'HAS_NAME',
  apply: jest.fn((r: { name: string }, p: { names: string[] }) =>
    p.names.includes(r.name),
  ),
};

function authorizer(decision: PolicyDecision) {
  const rules = [
    ...Object.values(cartographerWorkloadPermissionRules).map(rule => ({
      ...rule,
      apply: jest.fn(rule.apply as (resource: any, params: any) => boolean),
    })),
    nameRule,
  ];
  const registry = mockServices.permissionsRegistry.mock();
  registry.getPermissionRuleset.mockReturnValue({
    getRuleByName: (name: string) => rules.find(r => r.name === name)!,
  } as any);
  const permissions = mockServices.permissions.mock({
    authorizeConditional: async () => [decision] as any,
  });
  return {
    permissions,
    rules,
    authorizer: new WorkloadAuthorizer(permissions, registry),
  };
}

const rows = ['dev', 'prod', 'test'].flatMap(namespace =>
  ['a', 'b', 'c'].map(name => ({ cluster: 'local', namespace, name })),
);
const seen = (visible: (r: (typeof rows)[0]) => boolean) =>
  rows.filter(visible).map(r => `${r.namespace}/${r.name}`);

describe('WorkloadAuthorizer.visibility', () => {
  it.each<[string, PolicyDecision, string[]]>([
    [
      'allow',
      { result: AuthorizeResult.ALLOW },
      rows.map(r => `${r.namespace}/${r.name}`),
    ],
    ['deny', { result: AuthorizeResult.DENY }, []],
    [
      'a namespace policy',
      namespaceOnly(['prod', 'test']),
      ['prod/a', 'prod/b', 'prod/c', 'test/a', 'test/b', 'test/c'],
    ],
  ])('%s: sees what the decision allows', async (_name, decision, expected) => {
    const { authorizer: a, permissions } = authorizer(decision);
    const visible = await a.visibility(
      cartographerWorkloadReadPermission,
      mockCredentials.user(),
    );
    expect(seen(visible)).toEqual(expected);
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(1);
  });

  it('evaluates a namespace condition once per namespace, not per workload', async () => {
    const { authorizer: a, rules } = authorizer(namespaceOnly(['prod']));
    const visible = await a.visibility(
      cartographerWorkloadReadPermission,
      mockCredentials.user(),
    );
    expect(seen(visible)).toEqual(['prod/a', 'prod/b', 'prod/c']);
    expect(seen(visible)).toEqual(['prod/a', 'prod/b', 'prod/c']);
    const isInNamespace = rules.find(r => r.name === 'IS_IN_NAMESPACE')!;
    expect(isInNamespace.apply).toHaveBeenCalledTimes(3);
  });

  it('evaluates a condition that reads more than the place per workload', async () => {
    const { authorizer: a } = authorizer({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'cartographer',
      resourceType: 'cartographer-workload',
      conditions: {
        allOf: [
          {
            rule: 'IS_IN_NAMESPACE',
            resourceType: 'cartographer-workload',
            params: { namespaces: ['dev', 'prod'] },
          },
          {
            rule: 'HAS_NAME',
            resourceType: 'cartographer-workload',
            params: { names: ['b'] },
          },
        ],
      },
    });
    const visible = await a.visibility(
      cartographerWorkloadReadPermission,
      mockCredentials.user(),
    );
    expect(seen(visible)).toEqual(['dev/b', 'prod/b']);
  });
});
