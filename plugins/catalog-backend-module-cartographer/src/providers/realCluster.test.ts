/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * The entity provider against the real Cartographer backend plugin reading
 * the local control plane; workloads are created and deleted as an admin
 * would with kubectl.
 */
import {
  AuthService,
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import {
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model';
import { EntityProviderMutation } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  backstageAppConfig,
  ensureLocalCluster,
  eventually,
  loadClientNode,
  LocalCluster,
  SAMPLE_EXPECTATIONS,
} from '@internal/local-cluster';
import {
  CartographerBackendApi,
  cartographerClientServiceRef,
} from '@internal/plugin-cartographer-node';
import { CartographerEntityProvider } from './CartographerEntityProvider';
import { defaults } from './config';

// The real backend plugin is what these modules talk to in production.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import cartographerBackend from '@internal/plugin-cartographer-backend';

jest.setTimeout(300_000);

const policy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);

// shop-frontend is registered from examples/catalog/entities.yaml.
const fileEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'shop-frontend',
    namespace: 'default',
    annotations: {
      'backstage.io/managed-by-location':
        'file:/work/main/examples/catalog/entities.yaml',
    },
  },
  spec: { type: 'service', lifecycle: 'experimental', owner: 'team-web' },
};

type Mutation = EntityProviderMutation;
const entitiesOf = (m: Mutation) => (m.type === 'full' ? m.entities : m.added);

describe('CartographerEntityProvider on the real local cluster', () => {
  let cluster: LocalCluster;
  let backend: TestBackend;
  let client: CartographerBackendApi;
  let auth: AuthService;
  const mutations: Mutation[] = [];
  let provider: CartographerEntityProvider;
  const app = `catalog-it-${Date.now().toString(36)}`;

  const workloads = async () =>
    cluster
      .kubeConfig('admin')
      .makeApiClient((await loadClientNode()).CustomObjectsApi);
  const workloadRef = {
    group: 'carto.run',
    version: 'v1alpha1',
    plural: 'workloads',
    namespace: 'dev',
  };

  beforeAll(async () => {
    cluster = await ensureLocalCluster();
    const capture = createBackendPlugin({
      pluginId: 'capture',
      register(env) {
        env.registerInit({
          deps: {
            client: cartographerClientServiceRef,
            auth: coreServices.auth,
          },
          async init(deps) {
            ({ client, auth } = deps);
          },
        });
      },
    });
    backend = await startTestBackend({
      features: [
        cartographerBackend,
        capture,
        mockServices.rootConfig.factory({ data: backstageAppConfig(cluster) }),
      ],
    });
    provider = new CartographerEntityProvider({
      client,
      auth,
      catalog: catalogServiceMock({ entities: [fileEntity] }),
      logger: mockServices.logger.mock(),
      config: { ...defaults, owner: 'group:default/team-platform' },
    });
    await provider.connect({
      applyMutation: async m => void mutations.push(m),
      refresh: async () => undefined,
    });
  });

  afterAll(async () => {
    await (
      await workloads()
    )
      .deleteNamespacedCustomObject({ ...workloadRef, name: app })
      .catch(() => undefined);
    await backend?.stop();
  });

  it('emits a valid Component per sample application, except one registered from a file', async () => {
    const full = await eventually(async () => {
      await provider.refresh({ full: true });
      const last = mutations.at(-1);
      return (
        last?.type === 'full' &&
        last.entities.length >= SAMPLE_EXPECTATIONS.length - 2 &&
        last
      );
    });
    const names = entitiesOf(full).map(e => e.entity.metadata.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'catalog-service',
        'fraud-detector',
        'ledger',
        'payment-api',
        'recommendations',
        'report-worker',
        'search-ui',
      ]),
    );
    expect(names).not.toContain('shop-frontend');
    expect(new Set(names).size).toBe(names.length);
    for (const { entity } of entitiesOf(full)) {
      await expect(policy.enforce(entity)).resolves.toBe(entity);
      await expect(
        componentEntityV1alpha1Validator.check(entity),
      ).resolves.toBe(true);
    }
    const fraud = entitiesOf(full).find(
      e => e.entity.metadata.name === 'fraud-detector',
    )!;
    expect(fraud.entity.metadata.annotations).toEqual(
      expect.objectContaining({
        'backstage.io/kubernetes-label-selector':
          'app.kubernetes.io/part-of=fraud-detector',
        'backstage.io/kubernetes-namespace': 'payments',
        'backstage.io/kubernetes-cluster': 'local',
      }),
    );
    expect(fraud.entity.spec?.owner).toBe('group:default/team-platform');
  });

  it('applies a delta when a workload is created, and when it is deleted', async () => {
    await provider.refresh({ full: true });
    await (
      await workloads()
    ).createNamespacedCustomObject({
      ...workloadRef,
      body: {
        apiVersion: 'carto.run/v1alpha1',
        kind: 'Workload',
        metadata: {
          name: app,
          namespace: 'dev',
          labels: {
            'apps.tanzu.vmware.com/workload-type': 'web',
            'app.kubernetes.io/part-of': app,
          },
          annotations: {
            'backstage.io/owner': 'group:default/team-web',
            'backstage.io/lifecycle': 'experimental',
          },
        },
        spec: {
          serviceAccountName: 'carto-workload',
          source: {
            git: {
              url: `https://github.com/sample-org/${app}`,
              ref: { branch: 'main' },
            },
          },
        },
      },
    });
    const started = Date.now();
    const added = await eventually(async () => {
      await provider.refresh({ full: false });
      const last = mutations.at(-1)!;
      return (
        last.type === 'delta' &&
        last.added.find(e => e.entity.metadata.name === app)
      );
    }, 30_000);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(added.entity.metadata.annotations).toEqual(
      expect.objectContaining({
        'backstage.io/kubernetes-label-selector': `app.kubernetes.io/part-of=${app}`,
        'backstage.io/kubernetes-namespace': 'dev',
      }),
    );

    await (
      await workloads()
    ).deleteNamespacedCustomObject({
      ...workloadRef,
      name: app,
    });
    const removed = await eventually(async () => {
      await provider.refresh({ full: false });
      const last = mutations.at(-1)!;
      return (
        last.type === 'delta' &&
        last.removed.find(e => 'entity' in e && e.entity.metadata.name === app)
      );
    }, 30_000);
    expect(removed).toBeDefined();
  });
});
