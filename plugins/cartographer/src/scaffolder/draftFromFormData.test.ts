/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { draftFromFormData } from './draftFromFormData';

const supplyChain = {
  cluster: 'local',
  name: 'source-to-url',
  labels: { 'apps.tanzu.vmware.com/workload-type': 'web' },
};

describe('draftFromFormData', () => {
  it('is undefined until name, namespace and chain are filled in', () => {
    expect(
      draftFromFormData({ name: 'hello', namespace: 'dev' }),
    ).toBeUndefined();
    expect(draftFromFormData({ name: 'hello', supplyChain })).toBeUndefined();
  });

  it('builds the draft with the chain labels, part-of, source and params', () => {
    expect(
      draftFromFormData({
        name: 'hello',
        namespace: 'dev',
        supplyChain,
        repoUrl: 'https://github.com/org/hello',
        gitRef: 'main',
        image: 'ignored-when-git-is-set',
        params: { test_command: 'make test', empty: '' },
      }),
    ).toEqual({
      cluster: 'local',
      supplyChain: 'source-to-url',
      ifExists: 'fail',
      draft: {
        apiVersion: 'carto.run/v1alpha1',
        kind: 'Workload',
        metadata: {
          name: 'hello',
          namespace: 'dev',
          labels: {
            'apps.tanzu.vmware.com/workload-type': 'web',
            'app.kubernetes.io/part-of': 'hello',
          },
        },
        spec: {
          source: {
            git: {
              url: 'https://github.com/org/hello',
              ref: { branch: 'main' },
            },
          },
          params: [{ name: 'test_command', value: 'make test' }],
        },
      },
    });
  });

  it('follows the field names given in ui:options', () => {
    const request = draftFromFormData(
      { app: 'x', ns: 'payments', chain: supplyChain, img: 'reg/x:1' },
      {
        nameField: 'app',
        namespaceField: 'ns',
        supplyChainField: 'chain',
        imageField: 'img',
      },
    );
    expect(request?.draft.metadata?.name).toBe('x');
    expect(request?.draft.metadata?.namespace).toBe('payments');
    expect(request?.draft.spec).toEqual({ image: 'reg/x:1' });
  });
});
