/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * Both collators against the real Cartographer backend plugin reading the
 * local control plane, and their documents through the real Lunr engine.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  LunrSearchEngine,
  TestPipeline,
} from '@backstage/plugin-search-backend-node';
import { IndexableDocument } from '@backstage/plugin-search-common';
import {
  backstageAppConfig,
  ensureLocalCluster,
  eventually,
  SAMPLE_EXPECTATIONS,
} from '@internal/local-cluster';
import {
  CartographerBackendApi,
  cartographerClientServiceRef,
} from '@internal/plugin-cartographer-node';
import { CartographerRunnableCollatorFactory } from './CartographerRunnableCollatorFactory';
import { CartographerSupplyChainCollatorFactory } from './CartographerSupplyChainCollatorFactory';
import { CartographerWorkloadCollatorFactory } from './CartographerWorkloadCollatorFactory';

// The real backend plugin is what these modules talk to in production.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import cartographerBackend from '@internal/plugin-cartographer-backend';

jest.setTimeout(300_000);

// The sample Component of examples/catalog/entities.yaml.
const shopFrontendEntity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'shop-frontend',
    annotations: {
      'backstage.io/kubernetes-label-selector':
        'app.kubernetes.io/part-of=shop-frontend',
    },
  },
  spec: {
    type: 'service',
    lifecycle: 'experimental',
    owner: 'team-web',
    system: 'demo-shop',
  },
};

const sampleWorkloads = SAMPLE_EXPECTATIONS.filter(e => e.kind === 'Workload');

describe('Cartographer collators on the real local cluster', () => {
  let backend: TestBackend;
  let client: CartographerBackendApi;
  let auth: AuthService;
  let workloads: IndexableDocument[];
  let supplyChains: IndexableDocument[];
  const engine = new LunrSearchEngine({ logger: mockServices.logger.mock() });
  const logger = mockServices.logger.mock();

  beforeAll(async () => {
    const cluster = await ensureLocalCluster();
    const config = backstageAppConfig(cluster);
    // A second configured cluster that does not answer: indexing goes on.
    config.kubernetes.clusterLocatorMethods[0].clusters.push({
      name: 'nowhere',
      url: 'https://127.0.0.1:9',
      authProvider: 'serviceAccount',
      serviceAccountToken: 'unused',
      caFile: cluster.caFile,
    });
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
        // The backend names each workload's entities from this catalog.
        catalogServiceMock.factory({ entities: [shopFrontendEntity] }),
        mockServices.rootConfig.factory({
          data: {
            ...config,
            cartographer: {
              approval: { label: 'cartographer.backstage.io/approved' },
            },
          },
        }),
      ],
    });
    // The samples have settled once the failing one reports its reason.
    await eventually(async () => {
      const credentials = await auth.getOwnServiceCredentials();
      const { items } = await client.getWorkloads(
        { cluster: 'local' },
        { credentials },
      );
      return (
        items.length >= sampleWorkloads.length &&
        items.some(w => w.entityRefs.length > 0) &&
        items.some(
          w =>
            w.name === 'fraud-detector' &&
            w.state === 'failed' &&
            /buildpack/.test(w.message ?? ''),
        )
      );
    });

    const workloadFactory = new CartographerWorkloadCollatorFactory({
      client,
      auth,
      catalog: catalogServiceMock({ entities: [shopFrontendEntity] }),
      logger,
      batchSize: 3,
    });
    ({ documents: workloads } = await TestPipeline.fromCollator(
      await workloadFactory.getCollator(),
    ).execute());
    const chainFactory = new CartographerSupplyChainCollatorFactory({
      client,
      auth,
      logger,
    });
    ({ documents: supplyChains } = await TestPipeline.fromCollator(
      await chainFactory.getCollator(),
    ).execute());

    for (const [type, documents] of [
      [workloadFactory.type, workloads],
      [chainFactory.type, supplyChains],
    ] as const) {
      await pipeline(Readable.from(documents), await engine.getIndexer(type));
    }
  });

  afterAll(async () => {
    await backend?.stop();
  });

  it('indexes standalone Runnables, not the Runnables supply chains stamp', async () => {
    const factory = new CartographerRunnableCollatorFactory({
      client,
      auth,
      logger,
    });
    const { documents } = await TestPipeline.fromCollator(
      await factory.getCollator(),
    ).execute();
    expect(documents.find(d => d.title === 'nightly-smoke')).toEqual(
      expect.objectContaining({
        location: '/cartographer/runnables/local/qa/nightly-smoke',
        authorization: { resourceRef: 'local/qa/nightly-smoke' },
        runTemplate: 'sample-smoke-run',
        state: 'ready',
      }),
    );
    // inventory-api-tests is the source-tester stage of the inventory-api workload.
    expect(documents.map(d => d.title)).not.toContain('inventory-api-tests');
  });

  it('indexes every sample workload with its permission ref', async () => {
    const { clusters } = await client.getClusters({
      credentials: await auth.getOwnServiceCredentials(),
    });
    expect(clusters.map(c => c.name).sort()).toEqual(['local', 'nowhere']);
    const refs = workloads.map(d => d.authorization?.resourceRef);
    for (const sample of sampleWorkloads) {
      expect(refs).toContain(`local/${sample.namespace}/${sample.name}`);
    }
    // The unreachable cluster contributes nothing and breaks nothing.
    expect(refs.filter(r => r?.startsWith('nowhere/'))).toEqual([]);
  });

  it("links a workload of a catalog entity to the entity's Supply Chain tab", () => {
    expect(workloads.find(d => d.title === 'shop-frontend')).toEqual(
      expect.objectContaining({
        location:
          '/catalog/default/component/shop-frontend/supply-chain?workload=local%2Fdev%2Fshop-frontend',
        authorization: { resourceRef: 'local/dev/shop-frontend' },
        cluster: 'local',
        namespace: 'dev',
        state: 'ready',
        supplyChain: 'source-to-url',
        workloadType: 'web',
        partOf: 'shop-frontend',
        gitUrl: 'https://github.com/sample-org/shop-frontend',
        gitRef: 'main',
        owner: 'group:default/team-web',
        entityRef: 'component:default/shop-frontend',
      }),
    );
  });

  it('describes the failing workload with its reason and links to its page', () => {
    const fraud = workloads.find(d => d.title === 'fraud-detector')!;
    expect(fraud).toEqual(
      expect.objectContaining({
        location: '/cartographer/workloads/local/payments/fraud-detector',
        authorization: { resourceRef: 'local/payments/fraud-detector' },
        state: 'failed',
        supplyChain: 'source-to-url',
      }),
    );
    expect(fraud.text).toContain(
      'buildpack detection failed: no go.mod found in /workspace/service',
    );
    expect(fraud.text).toContain('Supply chain: source-to-url.');
  });

  it('indexes the supply chains with selectors, stages and approval', () => {
    const chain = supplyChains.find(d => d.title === 'source-to-url');
    expect(chain).toEqual(
      expect.objectContaining({
        location: '/cartographer/supply-chains/local/source-to-url',
        cluster: 'local',
        approved: true,
      }),
    );
    expect((chain as any).templates.length).toBeGreaterThan(0);
    expect((chain as any).selectors).toContain(
      'apps.tanzu.vmware.com/workload-type',
    );
  });

  describe('through the Lunr search engine', () => {
    const search = async (term: string, type = 'cartographer-workload') => {
      const { results } = await engine.query({ term, types: [type] });
      return results.map(r => r.document.title);
    };

    it('finds a workload by its name', async () => {
      expect((await search('shop-frontend'))[0]).toBe('shop-frontend');
    });

    it('finds a workload by its git repository', async () => {
      expect((await search('https://github.com/sample-org/ledger'))[0]).toBe(
        'ledger',
      );
    });

    it("finds the failing workload by its failure's reason", async () => {
      expect(await search('buildpack')).toEqual(['fraud-detector']);
    });

    it('finds a supply chain by a selector label', async () => {
      expect(
        await search('experimental', 'cartographer-supply-chain'),
      ).toContain('experimental-chain');
    });
  });
});
