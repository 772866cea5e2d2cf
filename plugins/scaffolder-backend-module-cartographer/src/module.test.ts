/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { startTestBackend } from '@backstage/backend-test-utils';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { cartographerClientServiceRef } from '@internal/plugin-cartographer-node';
import { fakeCartographerClient } from './__testUtils__/fakeCartographerClient';
import { scaffolderModuleCartographer } from './module';

describe('scaffolderModuleCartographer', () => {
  it('adds both cartographer actions to the scaffolder', async () => {
    const addActions = jest.fn();
    await startTestBackend({
      extensionPoints: [[scaffolderActionsExtensionPoint, { addActions }]],
      features: [
        scaffolderModuleCartographer,
        createServiceFactory({
          service: cartographerClientServiceRef,
          deps: {},
          factory: () => fakeCartographerClient(),
        }),
      ],
    });
    expect(addActions.mock.calls.flat().map(action => action.id)).toEqual([
      'cartographer:workload:create',
      'cartographer:workload:render',
    ]);
  });
});
