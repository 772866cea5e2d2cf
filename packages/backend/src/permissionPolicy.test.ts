import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
} from '@backstage/plugin-catalog-common/alpha';
import { DemoPermissionPolicy } from './permissionPolicy';

const user = {
  identity: {
    type: 'user' as const,
    userEntityRef: 'user:default/guest',
    ownershipEntityRefs: ['user:default/guest', 'group:default/team-web'],
  },
  info: {
    userEntityRef: 'user:default/guest',
    ownershipEntityRefs: ['user:default/guest', 'group:default/team-web'],
  },
  credentials: {} as any,
  token: 'token',
};

describe('DemoPermissionPolicy', () => {
  const policy = new DemoPermissionPolicy();

  it('allows reading the catalog', async () => {
    await expect(
      policy.handle({ permission: catalogEntityReadPermission }, user),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it("lets only an entity's owners unregister it", async () => {
    const decision = await policy.handle(
      { permission: catalogEntityDeletePermission },
      user,
    );
    expect(decision).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: {
          claims: ['user:default/guest', 'group:default/team-web'],
        },
      },
    });
  });
});
