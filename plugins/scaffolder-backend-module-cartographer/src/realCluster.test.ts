/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * The actions against the real Cartographer backend plugin on the real local
 * control plane (kube-apiserver, etcd, Cartographer) with the sample chains:
 * every refusal comes from the backend's rules, and the cluster is checked
 * with an admin client to prove nothing was written.
 */
import {
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  backstageAppConfig,
  ensureLocalCluster,
  eventually,
  loadClientNode,
  LocalCluster,
} from '@internal/local-cluster';
// The test runs the real backend plugin the actions talk to in production.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import cartographerBackend from '@internal/plugin-cartographer-backend';
import { CartographerBackendClient } from '@internal/plugin-cartographer-node';
import fs from 'node:fs/promises';
import path from 'node:path';
import yaml from 'yaml';
import { createWorkloadCreateAction } from './actions/workloadCreate';
import { createWorkloadRenderAction } from './actions/workloadRender';

jest.setTimeout(300_000);

const WORKLOADS = {
  group: 'carto.run',
  version: 'v1alpha1',
  plural: 'workloads',
};

describe('cartographer actions through the real backend on the local cluster', () => {
  const suffix = Date.now().toString(36);
  const created: Array<{ namespace: string; name: string }> = [];
  let cluster: LocalCluster;
  let backend: TestBackend;
  let client: CartographerBackendClient;
  let admin: any;

  /** The workload as the cluster has it, or undefined. */
  async function inCluster(namespace: string, name: string) {
    return admin
      .getNamespacedCustomObject({ ...WORKLOADS, namespace, name })
      .catch((e: any) => {
        if (e?.code === 404) return undefined;
        throw e;
      });
  }

  function run(
    action: 'create' | 'render',
    input: Record<string, unknown>,
    extra: { isDryRun?: boolean } = {},
  ) {
    const ctx = {
      ...createMockActionContext({
        input: input as any,
        logger: mockServices.logger.mock(),
      }),
      ...extra,
    };
    const handler =
      action === 'create'
        ? createWorkloadCreateAction({ client, pollIntervalMs: 500 }).handler
        : createWorkloadRenderAction({ client }).handler;
    return { ctx, done: handler(ctx as any) };
  }

  function webWorkload(name: string, extra: Record<string, unknown> = {}) {
    const input = {
      cluster: 'local',
      namespace: 'dev',
      name,
      type: 'web',
      partOf: name,
      git: { url: `https://github.com/sample-org/${name}`, branch: 'main' },
      serviceAccount: 'carto-workload',
      waitFor: 'none',
      ...extra,
    };
    created.push({ namespace: input.namespace as string, name });
    return input;
  }

  beforeAll(async () => {
    cluster = await ensureLocalCluster();
    const k8s = await loadClientNode();
    admin = cluster.kubeConfig('admin').makeApiClient(k8s.CustomObjectsApi);
    backend = await startTestBackend({
      features: [
        cartographerBackend,
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
    const baseUrl = `http://localhost:${backend.server.port()}/api`;
    client = new CartographerBackendClient({
      auth: mockServices.auth(),
      discovery: {
        getBaseUrl: async id => `${baseUrl}/${id}`,
        getExternalBaseUrl: async id => `${baseUrl}/${id}`,
      },
    });
    const credentials =
      await createMockActionContext().getInitiatorCredentials();
    // Wait until the backend's caches hold the sample chains.
    await eventually(async () => {
      const { items } = await client.getSupplyChains(
        { cluster: 'local' },
        { credentials },
      );
      return items.some(
        c => c.name === 'source-to-url' && c.ready.status === 'True',
      );
    });
  });

  afterAll(async () => {
    for (const { namespace, name } of created) {
      await admin
        ?.deleteNamespacedCustomObject({ ...WORKLOADS, namespace, name })
        .catch(() => undefined);
    }
    await backend?.stop();
  });

  it('creates a workload on the approved chain and waits until Cartographer has it Ready', async () => {
    const name = `onboard-${suffix}`;
    const { ctx, done } = run(
      'create',
      webWorkload(name, {
        supplyChain: 'source-to-url',
        owner: 'group:default/team-web',
        waitFor: 'ready',
        timeoutSeconds: 180,
      }),
    );
    await done;
    const stored = await inCluster('dev', name);
    expect(stored.metadata.labels).toMatchObject({
      'apps.tanzu.vmware.com/workload-type': 'web',
      'app.kubernetes.io/part-of': name,
    });
    expect(stored.metadata.annotations).toMatchObject({
      'backstage.io/owner': 'group:default/team-web',
    });
    expect(stored.status.supplyChainRef.name).toBe('source-to-url');
    expect(
      stored.status.conditions.find((c: any) => c.type === 'Ready').status,
    ).toBe('True');
    expect(ctx.output).toHaveBeenCalledWith('supplyChain', 'source-to-url');
    expect(ctx.output).toHaveBeenCalledWith(
      'url',
      `/catalog/default/component/${name}/supply-chain`,
    );
    expect(ctx.logger.info).toHaveBeenCalledWith(
      expect.stringMatching(/^Stage [\w-]+ is Ready$/),
    );
  });

  it('updates an existing workload only with ifExists: update', async () => {
    const name = `update-${suffix}`;
    await run('create', webWorkload(name)).done;
    await expect(run('create', webWorkload(name)).done).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining('refused (exists)'),
    });
    await run(
      'create',
      webWorkload(name, { env: { LOG_LEVEL: 'debug' }, ifExists: 'update' }),
    ).done;
    const stored = await inCluster('dev', name);
    expect(stored.spec.env).toEqual([{ name: 'LOG_LEVEL', value: 'debug' }]);
  });

  it.each([
    [
      'an unapproved chain',
      { labels: { 'apps.tanzu.vmware.com/experimental': 'true' } },
      'NotAllowedError',
      /refused \(approval\): supply chain experimental-chain is not approved/,
    ],
    [
      'labels that select two chains',
      {
        labels: {
          'apps.tanzu.vmware.com/experimental': 'true',
          'apps.tanzu.vmware.com/has-tests': 'true',
        },
      },
      'InputError',
      /refused \(selection\)/,
    ],
    [
      'labels no chain selects',
      { type: 'batch' },
      'InputError',
      /refused \(selection\)/,
    ],
    [
      'labels that select another chain than intended',
      { supplyChain: 'source-test-to-url' },
      'InputError',
      /refused \(intendedChain\): .*source-to-url, not the intended source-test-to-url/,
    ],
    [
      'a protected param',
      {
        labels: { 'apps.tanzu.vmware.com/experimental': 'true' },
        params: { registry: 'registry.example/elsewhere' },
      },
      'NotAllowedError',
      /refused \(protectedParam\): .*registry/,
    ],
    [
      'an invalid name',
      { name: 'Not_A_Name' },
      'InputError',
      /refused \(validation\): metadata\.name/,
    ],
    [
      'a forbidden namespace',
      { namespace: 'kube-system' },
      'NotAllowedError',
      /refused \(namespace\): workloads may not be created in namespace kube-system/,
    ],
  ])(
    'refuses %s, naming the rule, and writes nothing',
    async (_case, extra, errorName, message) => {
      const input = webWorkload(`refused-${suffix}`, extra);
      const error = await run('create', input).done.catch(e => e);
      expect(error.name).toBe(errorName);
      expect(error.message).toMatch(message);
      expect(
        await inCluster(input.namespace as string, input.name as string),
      ).toBeUndefined();
    },
  );

  it('refuses a workload that already exists and leaves it untouched', async () => {
    const before = await inCluster('dev', 'shop-frontend');
    const error = await run('create', {
      cluster: 'local',
      namespace: 'dev',
      name: 'shop-frontend',
      type: 'web',
      git: { url: 'https://github.com/sample-org/elsewhere', branch: 'main' },
    }).done.catch(e => e);
    expect(error.name).toBe('ConflictError');
    expect(error.message).toMatch(
      /refused \(exists\): workload dev\/shop-frontend already exists/,
    );
    const after = await inCluster('dev', 'shop-frontend');
    expect(after.metadata.resourceVersion).toBe(
      before.metadata.resourceVersion,
    );
  });

  it('writes nothing in a scaffolder dry run', async () => {
    const name = `dryrun-${suffix}`;
    const { ctx, done } = run(
      'create',
      webWorkload(name, { waitFor: 'ready' }),
      {
        isDryRun: true,
      },
    );
    await done;
    expect(ctx.output).toHaveBeenCalledWith('supplyChain', 'source-to-url');
    expect(await inCluster('dev', name)).toBeUndefined();
  });

  it('renders workload.yaml after the same checks, and refuses an unapproved chain', async () => {
    const name = `render-${suffix}`;
    const { ctx, done } = run(
      'render',
      webWorkload(name, { supplyChain: 'source-to-url', targetPath: 'config' }),
    );
    await done;
    const written = yaml.parse(
      await fs.readFile(
        path.join(ctx.workspacePath, 'config', 'workload.yaml'),
        'utf8',
      ),
    );
    expect(written.metadata.name).toBe(name);
    expect(ctx.output).toHaveBeenCalledWith('supplyChain', 'source-to-url');

    await expect(
      run(
        'render',
        webWorkload(name, {
          labels: { 'apps.tanzu.vmware.com/experimental': 'true' },
        }),
      ).done,
    ).rejects.toThrow(/refused \(approval\)/);
    expect(await inCluster('dev', name)).toBeUndefined();
  });
});
