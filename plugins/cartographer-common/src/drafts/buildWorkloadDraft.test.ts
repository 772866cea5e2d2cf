/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { buildWorkloadDraft } from './buildWorkloadDraft';

describe('buildWorkloadDraft', () => {
  it('maps every tanzu-style input onto the Workload', () => {
    expect(
      buildWorkloadDraft({
        cluster: 'local',
        namespace: 'dev',
        name: 'ledger',
        type: 'web',
        partOf: 'ledger-app',
        labels: { 'apps.tanzu.vmware.com/has-tests': 'true' },
        annotations: { 'example.com/ticket': 'OPS-1' },
        owner: 'group:default/team-payments',
        system: 'system:default/payments',
        lifecycle: 'experimental',
        description: 'Keeps the books',
        supplyChain: 'source-test-to-url',
        git: { url: 'https://github.com/org/ledger', tag: 'v1.0.0' },
        subPath: 'services/ledger',
        params: { test_command: 'make test', ports: [{ port: 8080 }] },
        env: { LOG_LEVEL: 'debug' },
        buildEnv: { BP_JVM_VERSION: '21' },
        serviceAccount: 'carto-workload',
        serviceClaims: [
          {
            name: 'db',
            ref: {
              apiVersion: 'services.apps.tanzu.vmware.com/v1alpha1',
              kind: 'ResourceClaim',
              name: 'ledger-db',
            },
          },
        ],
        resources: { requests: { cpu: '100m' }, limits: { memory: '1Gi' } },
        ifExists: 'update',
      }),
    ).toEqual({
      cluster: 'local',
      supplyChain: 'source-test-to-url',
      ifExists: 'update',
      draft: {
        apiVersion: 'carto.run/v1alpha1',
        kind: 'Workload',
        metadata: {
          name: 'ledger',
          namespace: 'dev',
          labels: {
            'apps.tanzu.vmware.com/workload-type': 'web',
            'apps.tanzu.vmware.com/has-tests': 'true',
            'app.kubernetes.io/part-of': 'ledger-app',
          },
          annotations: {
            'example.com/ticket': 'OPS-1',
            'backstage.io/owner': 'group:default/team-payments',
            'backstage.io/system': 'system:default/payments',
            'backstage.io/lifecycle': 'experimental',
            'backstage.io/description': 'Keeps the books',
          },
        },
        spec: {
          source: {
            git: {
              url: 'https://github.com/org/ledger',
              ref: { tag: 'v1.0.0' },
            },
            subPath: 'services/ledger',
          },
          params: [
            { name: 'test_command', value: 'make test' },
            { name: 'ports', value: [{ port: 8080 }] },
          ],
          env: [{ name: 'LOG_LEVEL', value: 'debug' }],
          build: { env: [{ name: 'BP_JVM_VERSION', value: '21' }] },
          serviceAccountName: 'carto-workload',
          serviceClaims: [
            {
              name: 'db',
              ref: {
                apiVersion: 'services.apps.tanzu.vmware.com/v1alpha1',
                kind: 'ResourceClaim',
                name: 'ledger-db',
              },
            },
          ],
          resources: { requests: { cpu: '100m' }, limits: { memory: '1Gi' } },
        },
      },
    });
  });

  it('leaves out everything not given, defaulting ifExists to fail', () => {
    expect(
      buildWorkloadDraft({
        namespace: 'dev',
        name: 'status',
        image: 'registry.example/status:1',
      }),
    ).toEqual({
      ifExists: 'fail',
      draft: {
        apiVersion: 'carto.run/v1alpha1',
        kind: 'Workload',
        metadata: { name: 'status', namespace: 'dev', labels: {} },
        spec: { image: 'registry.example/status:1' },
      },
    });
  });

  it('treats the empty strings of unused template inputs as absent', () => {
    const { draft } = buildWorkloadDraft({
      namespace: 'dev',
      name: 'img',
      git: { url: '', branch: 'main' },
      image: 'registry.example/img:1',
      owner: '',
      serviceAccount: '',
    });
    expect(draft.spec).toEqual({ image: 'registry.example/img:1' });
    expect(draft.metadata?.annotations).toBeUndefined();
  });

  it('puts a source image in spec.source.image', () => {
    const { draft } = buildWorkloadDraft({
      namespace: 'dev',
      name: 'src',
      sourceImage: 'registry.example/src:latest',
      subPath: 'app',
    });
    expect(draft.spec).toEqual({
      source: { image: 'registry.example/src:latest', subPath: 'app' },
    });
  });

  it('passes conflicting sources on for the backend to refuse', () => {
    const { draft } = buildWorkloadDraft({
      namespace: 'dev',
      name: 'both',
      git: { url: 'https://github.com/org/x', branch: 'main' },
      image: 'registry.example/x:1',
    });
    expect(draft.spec?.source?.git?.url).toBe('https://github.com/org/x');
    expect(draft.spec?.image).toBe('registry.example/x:1');
  });

  it('accepts a label that agrees with type or partOf', () => {
    const { draft } = buildWorkloadDraft({
      namespace: 'dev',
      name: 'x',
      type: 'web',
      labels: { 'apps.tanzu.vmware.com/workload-type': 'web' },
    });
    expect(draft.metadata?.labels).toEqual({
      'apps.tanzu.vmware.com/workload-type': 'web',
    });
  });

  it('refuses a type that contradicts the labels', () => {
    expect(() =>
      buildWorkloadDraft({
        namespace: 'dev',
        name: 'x',
        type: 'worker',
        labels: { 'apps.tanzu.vmware.com/workload-type': 'web' },
      }),
    ).toThrow(
      expect.objectContaining({
        name: 'InputError',
        message:
          'type "worker" contradicts "apps.tanzu.vmware.com/workload-type: web"; set it in one place',
      }),
    );
  });
});
