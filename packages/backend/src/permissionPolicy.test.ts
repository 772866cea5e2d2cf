import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
} from '@backstage/plugin-catalog-common/alpha';
import { ConfigReader } from '@backstage/config';
import {
  cartographerSupplyChainApprovePermission,
  cartographerWorkloadCreatePermission,
  cartographerWorkloadReadPermission,
} from '@internal/plugin-cartographer-common';
import { DemoPermissionPolicy, readNamespaceAccess } from './permissionPolicy';

function userOwning(...refs: string[]) {
  return {
    identity: {
      type: 'user' as const,
      userEntityRef: refs[0],
      ownershipEntityRefs: refs,
    },
    info: { userEntityRef: refs[0], ownershipEntityRefs: refs },
    credentials: {} as any,
    token: 'token',
  };
}

const policy = new DemoPermissionPolicy(
  readNamespaceAccess(
    new ConfigReader({
      permission: {
        demoPolicy: {
          operators: ['group:default/team-platform'],
          namespaces: [
            { owner: 'group:default/team-payments', allow: ['payments'] },
            { owner: 'user:default/dana', allow: ['dev'] },
            { owner: 'user:default/erin', allow: ['payments'] },
          ],
          clusters: [{ owner: 'user:default/erin', allow: ['build'] }],
        },
      },
    }),
  ),
);

describe('DemoPermissionPolicy', () => {
  it('allows reading the catalog', async () => {
    await expect(
      policy.handle(
        { permission: catalogEntityReadPermission },
        userOwning('user:default/guest'),
      ),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it("lets only an entity's owners unregister it", async () => {
    const decision = await policy.handle(
      { permission: catalogEntityDeletePermission },
      userOwning('user:default/guest', 'group:default/team-web'),
    );
    expect(decision).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: { claims: ['user:default/guest', 'group:default/team-web'] },
      },
    });
  });

  it('lets operators read and create workloads everywhere', async () => {
    const operator = userOwning(
      'user:default/guest',
      'group:default/team-platform',
    );
    for (const permission of [
      cartographerWorkloadReadPermission,
      cartographerWorkloadCreatePermission,
    ]) {
      await expect(policy.handle({ permission }, operator)).resolves.toEqual({
        result: AuthorizeResult.ALLOW,
      });
    }
  });

  it('lets only team-platform approve supply chains', async () => {
    const permission = cartographerSupplyChainApprovePermission;
    await expect(
      policy.handle(
        { permission },
        userOwning('user:default/guest', 'group:default/team-platform'),
      ),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    // dana may create workloads in payments, but not approve chains.
    await expect(
      policy.handle(
        { permission },
        userOwning('user:default/dana', 'group:default/team-payments'),
      ),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });

  it('scopes everyone else to the namespaces granted to them or their groups', async () => {
    const decision = await policy.handle(
      { permission: cartographerWorkloadReadPermission },
      userOwning('user:default/dana', 'group:default/team-payments'),
    );
    expect(decision).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'cartographer',
      resourceType: 'cartographer-workload',
      conditions: {
        rule: 'IS_IN_NAMESPACE',
        resourceType: 'cartographer-workload',
        params: { namespaces: ['dev', 'payments'] },
      },
    });
  });

  it('denies workloads to users without any grant', async () => {
    await expect(
      policy.handle(
        { permission: cartographerWorkloadReadPermission },
        userOwning('user:default/stranger'),
      ),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });

  it('limits a user to the clusters granted to them, on top of the namespaces', async () => {
    const decision = await policy.handle(
      { permission: cartographerWorkloadReadPermission },
      userOwning('user:default/erin'),
    );
    expect(decision).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'cartographer',
      resourceType: 'cartographer-workload',
      conditions: {
        allOf: [
          {
            rule: 'IS_IN_NAMESPACE',
            resourceType: 'cartographer-workload',
            params: { namespaces: ['payments'] },
          },
          {
            rule: 'IS_IN_CLUSTER',
            resourceType: 'cartographer-workload',
            params: { clusters: ['build'] },
          },
        ],
      },
    });
  });
});
