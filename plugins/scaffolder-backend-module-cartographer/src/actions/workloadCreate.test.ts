/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { mockServices } from '@backstage/backend-test-utils';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import {
  acceptedPreview,
  fakeCartographerClient,
  workloadDetail,
} from '../__testUtils__/fakeCartographerClient';
import { createWorkloadCreateAction } from './workloadCreate';

const input = {
  cluster: 'local',
  namespace: 'dev',
  name: 'hello',
  type: 'web',
  partOf: 'hello-app',
  supplyChain: 'source-to-url',
  git: { url: 'https://github.com/org/hello', branch: 'main' },
  serviceAccount: 'carto-workload',
  ifExists: 'fail' as const,
  waitFor: 'none' as const,
  timeoutSeconds: 60,
};

function context(overrides: Record<string, unknown> = {}) {
  const logger = mockServices.logger.mock();
  const ctx = createMockActionContext({
    input: { ...input, ...overrides } as any,
    logger,
  });
  return { ctx, logger };
}

describe('cartographer:workload:create', () => {
  it('checks the draft, applies it as the initiating user and outputs where it went', async () => {
    const client = fakeCartographerClient();
    const action = createWorkloadCreateAction({ client });
    const { ctx, logger } = context();
    const credentials = await ctx.getInitiatorCredentials();

    await action.handler(ctx);

    const request = client.applyWorkload.mock.calls[0][0];
    expect(request).toMatchObject({
      cluster: 'local',
      supplyChain: 'source-to-url',
      ifExists: 'fail',
      draft: {
        metadata: {
          name: 'hello',
          namespace: 'dev',
          labels: {
            'apps.tanzu.vmware.com/workload-type': 'web',
            'app.kubernetes.io/part-of': 'hello-app',
          },
        },
      },
    });
    expect(client.previewWorkload).toHaveBeenCalledWith(
      request,
      expect.objectContaining({ credentials }),
    );
    expect(client.applyWorkload.mock.calls[0][1]).toMatchObject({
      credentials,
      dryRun: false,
    });
    expect(logger.info).toHaveBeenCalledWith(
      'Workload dev/hello will run on approved supply chain source-to-url (cluster local)',
    );
    expect(ctx.output).toHaveBeenCalledWith('workloadRef', 'local/dev/hello');
    expect(ctx.output).toHaveBeenCalledWith('cluster', 'local');
    expect(ctx.output).toHaveBeenCalledWith('namespace', 'dev');
    expect(ctx.output).toHaveBeenCalledWith('supplyChain', 'source-to-url');
    expect(ctx.output).toHaveBeenCalledWith(
      'url',
      '/catalog/default/component/hello-app/supply-chain',
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'workloadUrl',
      '/cartographer/workloads/local/dev/hello',
    );
    const yamlOutput = (ctx.output as jest.Mock).mock.calls.find(
      ([name]) => name === 'yaml',
    )[1];
    // Server-managed fields and status stay out of the YAML.
    expect(yaml.parse(yamlOutput)).toEqual({
      apiVersion: 'carto.run/v1alpha1',
      kind: 'Workload',
      metadata: request.draft.metadata,
      spec: request.draft.spec,
    });
  });

  it('links to the Supply Chain tab of the entity given as entityRef', async () => {
    const client = fakeCartographerClient();
    const { ctx } = context({ entityRef: 'component:apps/cart-hello' });
    await createWorkloadCreateAction({ client }).handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith(
      'url',
      '/catalog/apps/component/cart-hello/supply-chain',
    );
  });

  it('links to the workload page when the workload is part of no app', async () => {
    const client = fakeCartographerClient();
    const { ctx } = context({ partOf: undefined });
    await createWorkloadCreateAction({ client }).handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith(
      'url',
      '/cartographer/workloads/local/dev/hello',
    );
  });

  it('surfaces a refusal with its rule and message and writes nothing', async () => {
    const client = fakeCartographerClient({
      previewWorkload: jest.fn(async () =>
        acceptedPreview('experimental-chain', [
          {
            rule: 'approval',
            message:
              'supply chain experimental-chain is not approved for onboarding',
          },
        ]),
      ),
    });
    const { ctx } = context();
    const error = await createWorkloadCreateAction({ client })
      .handler(ctx)
      .catch(e => e);
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error.message).toBe(
      'refused (approval): supply chain experimental-chain is not approved for onboarding',
    );
    expect(client.applyWorkload).not.toHaveBeenCalled();
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('passes a refusal from the apply itself through unchanged', async () => {
    const client = fakeCartographerClient({
      applyWorkload: jest.fn(async () => {
        throw new NotAllowedError('refused (permission): not allowed');
      }),
    });
    const { ctx } = context();
    await expect(
      createWorkloadCreateAction({ client }).handler(ctx),
    ).rejects.toThrow('refused (permission): not allowed');
  });

  it('runs a server-side dry run in a scaffolder dry run, without a checkpoint', async () => {
    const client = fakeCartographerClient();
    const { ctx } = context({ waitFor: 'ready' });
    const checkpoint = jest.fn();
    await createWorkloadCreateAction({ client }).handler({
      ...ctx,
      isDryRun: true,
      checkpoint,
    });
    expect(client.applyWorkload).toHaveBeenCalledTimes(1);
    expect(client.applyWorkload.mock.calls[0][1]).toMatchObject({
      dryRun: true,
    });
    expect(checkpoint).not.toHaveBeenCalled();
    // Nothing was stored, so there is nothing to wait for.
    expect(client.getWorkload).not.toHaveBeenCalled();
    expect(ctx.output).toHaveBeenCalledWith('supplyChain', 'source-to-url');
  });

  it('does not create twice when a retried task finds its checkpoint', async () => {
    const client = fakeCartographerClient();
    const stored = new Map<string, unknown>();
    // Behaves like the task runner: a key that succeeded returns its result.
    const checkpoint = jest.fn(async ({ key, fn }) => {
      if (!stored.has(key)) stored.set(key, await fn());
      return stored.get(key);
    });
    const action = createWorkloadCreateAction({ client });
    for (const _attempt of [1, 2]) {
      const { ctx } = context();
      await action.handler({ ...ctx, checkpoint: checkpoint as any });
      expect(ctx.output).toHaveBeenCalledWith('supplyChain', 'source-to-url');
    }
    expect(checkpoint).toHaveBeenCalledTimes(2);
    expect(checkpoint.mock.calls[0][0].key).toBe(
      'cartographer.workload.apply.local/dev/hello',
    );
    expect(client.previewWorkload).toHaveBeenCalledTimes(1);
    expect(client.applyWorkload).toHaveBeenCalledTimes(1);
  });

  it('waits until Ready, logging each stage that becomes Ready', async () => {
    const answers = [
      workloadDetail('Unknown', { 'source-provider': 'pending' }, undefined),
      workloadDetail('Unknown', {
        'source-provider': 'ready',
        'image-builder': 'pending',
      }),
      workloadDetail('True', {
        'source-provider': 'ready',
        'image-builder': 'ready',
      }),
    ];
    const client = fakeCartographerClient({
      getWorkload: jest
        .fn()
        .mockRejectedValueOnce(new NotFoundError('not yet'))
        .mockImplementation(async () => answers.shift() ?? answers[0]),
    });
    const { ctx, logger } = context({ waitFor: 'ready' });
    await createWorkloadCreateAction({ client, pollIntervalMs: 1 }).handler(
      ctx,
    );
    expect(client.getWorkload).toHaveBeenCalledTimes(4);
    expect(client.getWorkload.mock.calls[0][0]).toEqual({
      cluster: 'local',
      namespace: 'dev',
      name: 'hello',
    });
    const infos = logger.info.mock.calls.map(([m]) => m);
    expect(infos).toEqual(
      expect.arrayContaining([
        'Stage source-provider is Ready',
        'Stage image-builder is Ready',
        'Workload dev/hello on cluster local is Ready',
      ]),
    );
    expect(
      infos.filter(m => m === 'Stage source-provider is Ready'),
    ).toHaveLength(1);
  });

  it('fails with the diagnosis when the workload is not Ready in time', async () => {
    const client = fakeCartographerClient({
      getWorkload: jest.fn(async () =>
        workloadDetail('Unknown', { 'image-builder': 'failed' }),
      ),
    });
    const { ctx, logger } = context({ waitFor: 'ready', timeoutSeconds: 0.05 });
    await expect(
      createWorkloadCreateAction({ client, pollIntervalMs: 5 }).handler(ctx),
    ).rejects.toThrow(
      'Workload dev/hello on cluster local was not ready after 0s (it was created and stays in the cluster): image-builder is still building',
    );
    expect(logger.warn).toHaveBeenCalledWith(
      'Stage image-builder is failing: image pull failed',
    );
  });

  it('by default waits only until a chain has selected the workload', async () => {
    const client = fakeCartographerClient({
      getWorkload: jest.fn(async () =>
        workloadDetail('Unknown', { 'source-provider': 'pending' }),
      ),
    });
    const { ctx, logger } = context({ waitFor: undefined });
    await createWorkloadCreateAction({ client }).handler(ctx);
    expect(client.getWorkload).toHaveBeenCalledTimes(1);
    expect(logger.info).toHaveBeenCalledWith(
      'Workload dev/hello on cluster local was taken by supply chain source-to-url',
    );
  });
});
