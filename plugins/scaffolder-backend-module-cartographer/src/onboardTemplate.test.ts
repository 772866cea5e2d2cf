/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * The onboarding template as the scaffolder runs it: the real scaffolder
 * backend with this module, the real Cartographer backend and the local
 * cluster, through the scaffolder's dry-run API (what the template editor
 * uses). Proves the template's parameters template into inputs the action
 * accepts, for both source kinds, and that a dry run writes nothing.
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import scaffolderBackend from '@backstage/plugin-scaffolder-backend';
import {
  backstageAppConfig,
  ensureLocalCluster,
  loadClientNode,
} from '@internal/local-cluster';
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import cartographerBackend from '@internal/plugin-cartographer-backend';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import yaml from 'yaml';
import { scaffolderModuleCartographer } from './module';

jest.setTimeout(300_000);

const WORKLOADS = {
  group: 'carto.run',
  version: 'v1alpha1',
  plural: 'workloads',
};

const template = yaml.parse(
  fs.readFileSync(
    path.resolve(
      __dirname,
      '../../../examples/templates/onboard-app/template.yaml',
    ),
    'utf8',
  ),
);

describe('examples/templates/onboard-app in the real scaffolder', () => {
  let backend: TestBackend;
  let admin: any;
  const name = `tpl-${Date.now().toString(36)}`;

  beforeAll(async () => {
    const cluster = await ensureLocalCluster();
    const k8s = await loadClientNode();
    admin = cluster.kubeConfig('admin').makeApiClient(k8s.CustomObjectsApi);
    backend = await startTestBackend({
      features: [
        // The scaffolder and the Cartographer backend run for real.
        scaffolderBackend,
        cartographerBackend,
        scaffolderModuleCartographer,
        catalogServiceMock.factory({
          entities: [
            {
              ...template,
              metadata: { ...template.metadata, namespace: 'default' },
            },
          ],
        }),
        mockServices.rootConfig.factory({
          data: {
            ...backstageAppConfig(cluster),
            cartographer: {
              approval: { label: 'cartographer.backstage.io/approved' },
              workloadCreation: {
                allowedNamespaces: [{ namespaces: ['dev', 'payments'] }],
              },
            },
          },
        }),
      ],
    });
    // Wait until the Cartographer backend's cache holds the sample chains.
    const deadline = Date.now() + 120_000;
    for (;;) {
      const res = await request(backend.server)
        .get('/api/cartographer/supply-chains?cluster=local')
        .set('Authorization', mockCredentials.user.header());
      if (res.body.items?.some((c: any) => c.name === 'source-to-url')) break;
      if (Date.now() > deadline) throw new Error('the backend saw no chains');
      await new Promise(r => setTimeout(r, 500));
    }
  });

  afterAll(async () => {
    await admin
      ?.deleteNamespacedCustomObject({ ...WORKLOADS, namespace: 'dev', name })
      .catch(() => undefined);
    await backend?.stop();
  });

  function dryRun(values: Record<string, unknown>) {
    return request(backend.server)
      .post('/api/scaffolder/v2/dry-run')
      .set('Authorization', mockCredentials.user.header())
      .send({ template, values, directoryContents: [] });
  }

  const supplyChain = {
    cluster: 'local',
    name: 'source-to-url',
    labels: { 'apps.tanzu.vmware.com/workload-type': 'web' },
  };

  it.each([
    [
      'git',
      {
        sourceKind: 'git',
        repoUrl: 'https://github.com/sample-org/hello',
        gitRef: 'main',
      },
    ],
    ['image', { sourceKind: 'image', image: 'registry.example/hello:1' }],
  ])(
    'dry-runs the %s variant through the action and writes nothing',
    async (_kind, source) => {
      const res = await dryRun({
        namespace: 'dev',
        name,
        owner: 'group:default/team-web',
        description: 'Says hello',
        supplyChain,
        preview: 'source-to-url',
        ...source,
      });
      expect(res.status).toBe(200);
      const messages = res.body.log.map((l: any) => l.body.message).join('\n');
      expect(messages).toContain(
        `Workload dev/${name} will run on approved supply chain source-to-url (cluster local)`,
      );
      expect(
        res.body.log
          .filter((l: any) => l.body.stepId === 'workload' && l.body.status)
          .map((l: any) => l.body.status),
      ).toEqual(['processing', 'completed']);
      expect(res.body.output.links[0].url).toBe(
        `/catalog/default/component/${name}/supply-chain`,
      );
      await expect(
        admin.getNamespacedCustomObject({
          group: 'carto.run',
          version: 'v1alpha1',
          plural: 'workloads',
          namespace: 'dev',
          name,
        }),
      ).rejects.toMatchObject({ code: 404 });
    },
  );

  it('fails the step, naming the rule, when the form data is forced onto an unapproved chain', async () => {
    const res = await dryRun({
      namespace: 'dev',
      name,
      owner: 'group:default/team-web',
      sourceKind: 'image',
      image: 'registry.example/hello:1',
      supplyChain: {
        cluster: 'local',
        name: 'experimental-chain',
        labels: {
          'apps.tanzu.vmware.com/workload-type': 'web',
          'apps.tanzu.vmware.com/experimental': 'true',
        },
      },
      preview: 'experimental-chain',
    });
    const messages = JSON.stringify(res.body);
    expect(messages).toMatch(
      /refused \(approval\): supply chain experimental-chain is not approved/,
    );
  });

  it('runs as a real task: the Workload is created on the chosen chain and Cartographer takes it to Ready', async () => {
    const created = await request(backend.server)
      .post('/api/scaffolder/v2/tasks')
      .set('Authorization', mockCredentials.user.header())
      .send({
        templateRef: 'template:default/cartographer-onboard-app',
        values: {
          namespace: 'dev',
          name,
          owner: 'group:default/team-web',
          description: 'Says hello',
          sourceKind: 'git',
          repoUrl: 'https://github.com/sample-org/hello',
          gitRef: 'main',
          supplyChain,
          preview: 'source-to-url',
        },
      });
    expect(created.status).toBe(201);
    let task: any;
    const deadline = Date.now() + 240_000;
    do {
      await new Promise(r => setTimeout(r, 1000));
      task = (
        await request(backend.server)
          .get(`/api/scaffolder/v2/tasks/${created.body.id}`)
          .set('Authorization', mockCredentials.user.header())
      ).body;
    } while (
      !['completed', 'failed'].includes(task.status) &&
      Date.now() < deadline
    );
    expect(task.status).toBe('completed');
    const events = (
      await request(backend.server)
        .get(`/api/scaffolder/v2/tasks/${created.body.id}/events`)
        .set('Authorization', mockCredentials.user.header())
    ).body;
    const completion = events.find((e: any) => e.type === 'completion');
    // The template returns once the chain has selected the workload, so the
    // user watches the stages turn Ready on the tab it links to.
    const log = events.map((e: any) => e.body.message).join('\n');
    expect(log).toContain(
      `Workload dev/${name} will run on approved supply chain source-to-url`,
    );
    expect(completion.body.output.links[0].url).toBe(
      `/catalog/default/component/${name}/supply-chain`,
    );
    let stored: any;
    const readyBy = Date.now() + 120_000;
    do {
      stored = await admin.getNamespacedCustomObject({
        ...WORKLOADS,
        namespace: 'dev',
        name,
      });
      if (
        stored.status?.conditions?.some(
          (c: any) => c.type === 'Ready' && c.status === 'True',
        )
      )
        break;
      await new Promise(r => setTimeout(r, 1000));
    } while (Date.now() < readyBy);
    expect(stored.metadata.labels['app.kubernetes.io/part-of']).toBe(name);
    expect(stored.metadata.annotations['backstage.io/owner']).toBe(
      'group:default/team-web',
    );
    expect(stored.status.supplyChainRef.name).toBe('source-to-url');
    expect(
      stored.status.conditions.find((c: any) => c.type === 'Ready').status,
    ).toBe('True');
  });
});
