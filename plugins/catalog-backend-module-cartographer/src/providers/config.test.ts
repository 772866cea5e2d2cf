/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { mockServices } from '@backstage/backend-test-utils';
import { readProviderConfig } from './config';

const read = (cartographer?: object) =>
  readProviderConfig(
    mockServices.rootConfig({
      data: cartographer ? { catalog: { providers: { cartographer } } } : {},
    }),
  );

describe('readProviderConfig', () => {
  it('applies the defaults', () => {
    expect(read()).toEqual({
      enabled: true,
      clusters: undefined,
      namespaces: undefined,
      owner: 'group:default/unknown',
      lifecycle: 'production',
      namespace: 'default',
      namePrefix: '',
      conflicts: 'skip',
      schedule: {
        frequency: { minutes: 5 },
        timeout: { minutes: 3 },
        initialDelay: { seconds: 30 },
      },
      refreshIntervalSeconds: 10,
    });
  });

  it('reads every key', () => {
    expect(
      read({
        enabled: false,
        clusters: ['local'],
        namespaces: ['dev'],
        owner: 'group:default/team-web',
        lifecycle: 'experimental',
        naming: { namespace: 'apps', prefix: 'carto-' },
        conflicts: 'merge',
        schedule: { frequency: { minutes: 1 }, timeout: { seconds: 30 } },
        refreshIntervalSeconds: 2,
      }),
    ).toEqual({
      enabled: false,
      clusters: ['local'],
      namespaces: ['dev'],
      owner: 'group:default/team-web',
      lifecycle: 'experimental',
      namespace: 'apps',
      namePrefix: 'carto-',
      conflicts: 'merge',
      schedule: { frequency: { minutes: 1 }, timeout: { seconds: 30 } },
      refreshIntervalSeconds: 2,
    });
  });

  it.each([
    [
      { conflicts: 'replace' },
      'catalog.providers.cartographer.conflicts must be skip or merge, got replace',
    ],
    [
      { refreshIntervalSeconds: 0 },
      'catalog.providers.cartographer.refreshIntervalSeconds must be at least 1, got 0',
    ],
  ])('refuses %j', (cartographer, message) => {
    expect(() => read(cartographer)).toThrow(message);
  });
});
