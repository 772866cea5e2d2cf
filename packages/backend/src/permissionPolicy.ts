/*
 * The demo portal's permission policy. It is deliberately not allow-all:
 * it shows how an operator scopes Cartographer workloads by namespace.
 */
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  AuthorizeResult,
  PolicyDecision,
  isPermission,
  isResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { catalogEntityDeletePermission } from '@backstage/plugin-catalog-common/alpha';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  cartographerWorkloadConditions,
  createCartographerWorkloadConditionalDecision,
} from '@internal/plugin-cartographer-backend';
import {
  RESOURCE_TYPE_CARTOGRAPHER_SUPPLY_CHAIN,
  RESOURCE_TYPE_CARTOGRAPHER_WORKLOAD,
} from '@internal/plugin-cartographer-common';

/** Who may see and create workloads where. */
export interface NamespaceAccess {
  /** Ownership refs (users or groups) that see every namespace. */
  operators: string[];
  /** Namespaces each ownership ref may use. */
  namespacesByOwner: Record<string, string[]>;
  /**
   * Clusters each ownership ref may use; a user none of whose refs is
   * listed may use every cluster.
   */
  clustersByOwner: Record<string, string[]>;
}

/** Reads `permission.demoPolicy` from the app config. */
export function readNamespaceAccess(config: Config): NamespaceAccess {
  const policy = config.getOptionalConfig('permission.demoPolicy');
  const grants = (key: string) =>
    Object.fromEntries(
      (policy?.getOptionalConfigArray(key) ?? []).map(entry => [
        entry.getString('owner'),
        entry.getStringArray('allow'),
      ]),
    );
  return {
    operators: policy?.getOptionalStringArray('operators') ?? [],
    namespacesByOwner: grants('namespaces'),
    clustersByOwner: grants('clusters'),
  };
}

/**
 * Operators see and create workloads everywhere; everyone else only in the
 * namespaces granted to one of their ownership refs (themselves or their
 * groups), and, when a cluster grant names one of their refs, only on the
 * clusters granted; a user with no namespace grant sees no workloads. Only
 * an entity's owners may unregister it.
 */
export class DemoPermissionPolicy implements PermissionPolicy {
  constructor(private readonly access: NamespaceAccess) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const claims = user?.info.ownershipEntityRefs ?? [];
    if (isPermission(request.permission, catalogEntityDeletePermission)) {
      return createCatalogConditionalDecision(
        request.permission,
        catalogConditions.isEntityOwner({ claims }),
      );
    }
    if (
      isResourcePermission(
        request.permission,
        RESOURCE_TYPE_CARTOGRAPHER_SUPPLY_CHAIN,
      )
    ) {
      // Approving chains is for operators only, on every cluster.
      return claims.some(ref => this.access.operators.includes(ref))
        ? { result: AuthorizeResult.ALLOW }
        : { result: AuthorizeResult.DENY };
    }
    if (
      isResourcePermission(
        request.permission,
        RESOURCE_TYPE_CARTOGRAPHER_WORKLOAD,
      )
    ) {
      if (claims.some(ref => this.access.operators.includes(ref))) {
        return { result: AuthorizeResult.ALLOW };
      }
      const granted = (byOwner: Record<string, string[]>) => [
        ...new Set(claims.flatMap(ref => byOwner[ref] ?? [])),
      ];
      const namespaces = granted(this.access.namespacesByOwner);
      if (namespaces.length === 0) {
        return { result: AuthorizeResult.DENY };
      }
      const inNamespace = cartographerWorkloadConditions.isInNamespace({
        namespaces,
      });
      const limitedToClusters = claims.some(
        ref => ref in this.access.clustersByOwner,
      );
      return createCartographerWorkloadConditionalDecision(
        request.permission,
        limitedToClusters
          ? {
              allOf: [
                inNamespace,
                cartographerWorkloadConditions.isInCluster({
                  clusters: granted(this.access.clustersByOwner),
                }),
              ],
            }
          : inNamespace,
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'demo-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        policy.setPolicy(new DemoPermissionPolicy(readNamespaceAccess(config)));
      },
    });
  },
});
