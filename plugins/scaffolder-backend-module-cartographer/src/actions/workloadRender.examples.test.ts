/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import fs from 'node:fs/promises';
import path from 'node:path';
import yaml from 'yaml';
import { fakeCartographerClient } from '../__testUtils__/fakeCartographerClient';
import { buildWorkloadDraft } from '@internal/plugin-cartographer-common';
import { createWorkloadRenderAction } from './workloadRender';
import { examples } from './workloadRender.examples';

describe('cartographer:workload:render examples', () => {
  it.each(examples.map(e => [e.description, e.example]))(
    '%s',
    async (_description, example) => {
      const client = fakeCartographerClient();
      const action = createWorkloadRenderAction({ client });
      const [step] = yaml.parse(example).steps;
      expect(step.action).toBe(action.id);
      const schema = action.schema?.input as any;
      for (const key of Object.keys(step.input)) {
        expect(Object.keys(schema.properties)).toContain(key);
      }
      const ctx = createMockActionContext({ input: step.input });
      await action.handler(ctx);
      const file = path.join(
        ctx.workspacePath,
        step.input.targetPath ?? '.',
        'workload.yaml',
      );
      const written = yaml.parse(await fs.readFile(file, 'utf8'));
      expect(written).toEqual(buildWorkloadDraft(step.input).draft);
    },
  );
});
