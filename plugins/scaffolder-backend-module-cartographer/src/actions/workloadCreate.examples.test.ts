/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import {
  fakeCartographerClient,
  workloadDetail,
} from '../__testUtils__/fakeCartographerClient';
import { buildWorkloadDraft } from '@internal/plugin-cartographer-common';
import { createWorkloadCreateAction } from './workloadCreate';
import { examples } from './workloadCreate.examples';

describe('cartographer:workload:create examples', () => {
  it.each(examples.map(e => [e.description, e.example]))(
    '%s',
    async (_description, example) => {
      const client = fakeCartographerClient({
        getWorkload: jest.fn(async () =>
          workloadDetail('True', { 'source-provider': 'ready' }),
        ),
      });
      const action = createWorkloadCreateAction({ client });
      const [step] = yaml.parse(example).steps;
      expect(step.action).toBe(action.id);
      // The example's input must satisfy the action's published schema.
      const schema = action.schema?.input as any;
      for (const key of Object.keys(step.input)) {
        expect(Object.keys(schema.properties)).toContain(key);
      }
      const ctx = createMockActionContext({ input: step.input });
      await action.handler(ctx);
      expect(client.applyWorkload).toHaveBeenCalledWith(
        buildWorkloadDraft(step.input),
        expect.objectContaining({ dryRun: false }),
      );
      expect(ctx.output).toHaveBeenCalledWith(
        'workloadRef',
        `local/${step.input.namespace}/${step.input.name}`,
      );
    },
  );
});
