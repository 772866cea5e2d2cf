/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { mockServices } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import fs from 'node:fs/promises';
import path from 'node:path';
import yaml from 'yaml';
import {
  acceptedPreview,
  fakeCartographerClient,
} from '../__testUtils__/fakeCartographerClient';
import { createWorkloadRenderAction } from './workloadRender';

const input = {
  namespace: 'dev',
  name: 'hello',
  type: 'web',
  partOf: 'hello',
  owner: 'group:default/team-web',
  supplyChain: 'source-to-url',
  git: { url: 'https://github.com/org/hello', branch: 'main' },
  params: { ports: [{ port: 8080 }] },
};

describe('cartographer:workload:render', () => {
  it('writes the checked workload to workload.yaml under targetPath', async () => {
    const client = fakeCartographerClient();
    const ctx = createMockActionContext({
      input: { ...input, targetPath: 'config' },
      logger: mockServices.logger.mock(),
    });
    await createWorkloadRenderAction({ client }).handler(ctx);

    const text = await fs.readFile(
      path.join(ctx.workspacePath, 'config', 'workload.yaml'),
      'utf8',
    );
    expect(yaml.parse(text)).toEqual({
      apiVersion: 'carto.run/v1alpha1',
      kind: 'Workload',
      metadata: {
        name: 'hello',
        namespace: 'dev',
        labels: {
          'apps.tanzu.vmware.com/workload-type': 'web',
          'app.kubernetes.io/part-of': 'hello',
        },
        annotations: { 'backstage.io/owner': 'group:default/team-web' },
      },
      spec: {
        source: {
          git: {
            url: 'https://github.com/org/hello',
            ref: { branch: 'main' },
          },
        },
        params: [{ name: 'ports', value: [{ port: 8080 }] }],
      },
    });
    expect(client.previewWorkload).toHaveBeenCalledWith(
      expect.objectContaining({ supplyChain: 'source-to-url' }),
      expect.objectContaining({
        credentials: await ctx.getInitiatorCredentials(),
      }),
    );
    // Rendering never writes to a cluster.
    expect(client.applyWorkload).not.toHaveBeenCalled();
    expect(ctx.output).toHaveBeenCalledWith('path', 'config/workload.yaml');
    expect(ctx.output).toHaveBeenCalledWith('supplyChain', 'source-to-url');
    expect(ctx.output).toHaveBeenCalledWith('yaml', text);
  });

  it('writes to the workspace root by default', async () => {
    const ctx = createMockActionContext({ input });
    await createWorkloadRenderAction({
      client: fakeCartographerClient(),
    }).handler(ctx);
    await expect(
      fs.stat(path.join(ctx.workspacePath, 'workload.yaml')),
    ).resolves.toBeTruthy();
  });

  it('refuses, naming every broken rule, and writes no file', async () => {
    const client = fakeCartographerClient({
      previewWorkload: jest.fn(async () =>
        acceptedPreview('source-to-url', [
          {
            rule: 'intendedChain',
            message:
              "the draft's labels select supply chain source-to-url, not the intended source-test-to-url",
          },
          {
            rule: 'protectedParam',
            message: 'param registry cannot be overridden',
          },
        ]),
      ),
    });
    const ctx = createMockActionContext({ input });
    await expect(
      createWorkloadRenderAction({ client }).handler(ctx),
    ).rejects.toMatchObject({
      name: 'InputError',
      message:
        "refused (intendedChain): the draft's labels select supply chain source-to-url, not the intended source-test-to-url; refused (protectedParam): param registry cannot be overridden",
    });
    await expect(
      fs.stat(path.join(ctx.workspacePath, 'workload.yaml')),
    ).rejects.toThrow(/ENOENT/);
  });

  it('refuses a targetPath outside the workspace', async () => {
    const ctx = createMockActionContext({
      input: { ...input, targetPath: '../elsewhere' },
    });
    await expect(
      createWorkloadRenderAction({
        client: fakeCartographerClient(),
      }).handler(ctx),
    ).rejects.toThrow(/outside/);
  });
});
