/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { templateEntityV1beta3Validator } from '@backstage/plugin-scaffolder-common';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'yaml';
import { fakeCartographerClient } from './__testUtils__/fakeCartographerClient';
import { createWorkloadCreateAction } from './actions/workloadCreate';
import { createWorkloadRenderAction } from './actions/workloadRender';

const templatesDir = path.resolve(__dirname, '../../../examples/templates');
const client = fakeCartographerClient();
const actions = [
  createWorkloadCreateAction({ client }),
  createWorkloadRenderAction({ client }),
];

describe.each(['onboard-app', 'onboard-app-gitops'])(
  'examples/templates/%s',
  dir => {
    const template = yaml.parse(
      fs.readFileSync(path.join(templatesDir, dir, 'template.yaml'), 'utf8'),
    );

    it('is a valid scaffolder v1beta3 Template', async () => {
      await expect(
        templateEntityV1beta3Validator.check(template),
      ).resolves.toBe(true);
    });

    it('only passes inputs the cartographer actions accept', () => {
      const steps = template.spec.steps.filter((s: any) =>
        s.action.startsWith('cartographer:'),
      );
      expect(steps.length).toBeGreaterThan(0);
      for (const step of steps) {
        const action = actions.find(a => a.id === step.action);
        expect(action).toBeDefined();
        const accepted = Object.keys((action!.schema?.input as any).properties);
        for (const key of Object.keys(step.input)) {
          expect(accepted).toContain(key);
        }
      }
    });

    it('starts over on another backend replica when its replica dies', () => {
      // The demo's scaffolder.taskRecovery resumes only templates that opt in.
      expect(template.spec.EXPERIMENTAL_recovery).toEqual({
        EXPERIMENTAL_strategy: 'startOver',
      });
    });

    it('takes the supply chain from the SupplyChainPicker and checks it with the preview field', () => {
      const properties = Object.assign(
        {},
        ...template.spec.parameters.map((p: any) => p.properties),
      );
      expect(properties.supplyChain['ui:field']).toBe('SupplyChainPicker');
      expect(properties.preview['ui:field']).toBe(
        'CartographerWorkloadPreview',
      );
      expect(properties.name['ui:field']).toBe('CartographerWorkloadName');
      const step = template.spec.steps[0];
      expect(step.input.supplyChain).toBe('${{ parameters.supplyChain.name }}');
      expect(step.input.labels).toBe('${{ parameters.supplyChain.labels }}');
    });
  },
);
