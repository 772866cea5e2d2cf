/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { chain } from '../__fixtures__/builders';
import { Workload } from '../types';
import { validateWorkloadDraft } from './validateWorkloadDraft';

const valid: Workload = {
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
        url: 'https://github.com/sample-org/hello',
        ref: { branch: 'main' },
      },
      subPath: 'app',
    },
    params: [
      {
        name: 'annotations',
        value: { 'autoscaling.knative.dev/minScale': '1' },
      },
    ],
    env: [{ name: 'FOO', value: 'bar' }],
    build: { env: [{ name: 'BP_JVM_VERSION', value: '17' }] },
    resources: {
      requests: { cpu: '250m', memory: '512Mi' },
      limits: { cpu: '500m', memory: '1Gi' },
    },
    serviceAccountName: 'default',
    serviceClaims: [
      {
        name: 'db',
        ref: {
          apiVersion: 'services.apps.tanzu.vmware.com/v1alpha1',
          kind: 'ClassClaim',
          name: 'postgres',
        },
      },
    ],
  },
};

function draft(change: (w: Workload) => void): Workload {
  const copy = structuredClone(valid);
  change(copy);
  return copy;
}

describe('validateWorkloadDraft', () => {
  it('accepts a complete, valid workload', () => {
    expect(validateWorkloadDraft(valid)).toEqual([]);
  });

  it.each([
    [
      'a name with capitals',
      (w: Workload) => (w.metadata!.name = 'Hello'),
      'metadata.name',
      /lower case alphanumeric/,
    ],
    [
      'an empty name',
      (w: Workload) => (w.metadata!.name = ''),
      'metadata.name',
      /must not be empty/,
    ],
    [
      'a 64-character name',
      (w: Workload) => (w.metadata!.name = 'a'.repeat(64)),
      'metadata.name',
      /no more than 63/,
    ],
    [
      'a name ending in a dash',
      (w: Workload) => (w.metadata!.name = 'hello-'),
      'metadata.name',
      /start and end/,
    ],
    [
      'a namespace with a dot',
      (w: Workload) => (w.metadata!.namespace = 'dev.team'),
      'metadata.namespace',
      /namespace "dev.team"/,
    ],
    [
      'a label key with two slashes',
      (w: Workload) => (w.metadata!.labels = { 'a/b/c': 'x' }),
      'metadata.labels["a/b/c"]',
      /at most one/,
    ],
    [
      'a label key with a bad prefix',
      (w: Workload) => (w.metadata!.labels = { 'Bad_Prefix/x': 'y' }),
      'metadata.labels["Bad_Prefix/x"]',
      /prefix/,
    ],
    [
      'a label value with spaces',
      (w: Workload) => (w.metadata!.labels = { app: 'has space' }),
      'metadata.labels["app"]',
      /value "has space"/,
    ],
    [
      'an annotation key starting with "="',
      (w: Workload) => (w.metadata!.annotations = { '=x': 'y' }),
      'metadata.annotations["=x"]',
      /name part/,
    ],
    [
      'a git source without URL',
      (w: Workload) => (w.spec!.source!.git!.url = undefined),
      'spec.source.git.url',
      /needs a repository URL/,
    ],
    [
      'a git URL that is not a URL',
      (w: Workload) => (w.spec!.source!.git!.url = 'not a url'),
      'spec.source.git.url',
      /is not a git URL/,
    ],
    [
      'a git source without ref',
      (w: Workload) => (w.spec!.source!.git!.ref = {}),
      'spec.source.git.ref',
      /branch, a tag or a commit/,
    ],
    [
      'git and source image together',
      (w: Workload) => (w.spec!.source!.image = 'registry/src:1'),
      'spec.source',
      /exclude each other/,
    ],
    [
      'git and pre-built image together',
      (w: Workload) => (w.spec!.image = 'registry/app:1'),
      'spec.source',
      /pre-built image/,
    ],
    [
      'a sub-path without a source',
      (w: Workload) => {
        w.spec!.source = { subPath: 'app' };
        w.spec!.image = 'registry/app:1';
      },
      'spec.source.subPath',
      /needs a git or source image/,
    ],
    [
      'an env var with a bad name',
      (w: Workload) => (w.spec!.env = [{ name: '1FOO', value: 'x' }]),
      'spec.env[0].name',
      /must not start with a digit/,
    ],
    [
      'a duplicated env var',
      (w: Workload) => (w.spec!.env = [{ name: 'A' }, { name: 'A' }]),
      'spec.env[1].name',
      /set twice/,
    ],
    [
      'a build env var with a space',
      (w: Workload) => (w.spec!.build = { env: [{ name: 'A B' }] }),
      'spec.build.env[0].name',
      /environment variable "A B"/,
    ],
    [
      'a quantity that does not parse',
      (w: Workload) => (w.spec!.resources!.limits!.cpu = '500 m'),
      'spec.resources.limits.cpu',
      /not a valid quantity/,
    ],
    [
      'a request above its limit',
      (w: Workload) => (w.spec!.resources!.requests!.memory = '2Gi'),
      'spec.resources.requests.memory',
      /2Gi must be less than or equal to its limit 1Gi/,
    ],
    [
      'a param without a name',
      (w: Workload) => (w.spec!.params = [{ name: '', value: 1 }]),
      'spec.params[0].name',
      /needs a name/,
    ],
    [
      'a param set twice',
      (w: Workload) =>
        (w.spec!.params = [
          { name: 'a', value: 1 },
          { name: 'a', value: 2 },
        ]),
      'spec.params[1].name',
      /set twice/,
    ],
    [
      'a param whose value is not JSON',
      (w: Workload) =>
        (w.spec!.params = [{ name: 'a', value: (() => 1) as any }]),
      'spec.params[0].value',
      /JSON value/,
    ],
    [
      'a non-finite number param',
      (w: Workload) => (w.spec!.params = [{ name: 'a', value: Infinity }]),
      'spec.params[0].value',
      /JSON value/,
    ],
    [
      'a service claim with a bad apiVersion',
      (w: Workload) => (w.spec!.serviceClaims![0].ref!.apiVersion = 'v2'),
      'spec.serviceClaims[0].ref.apiVersion',
      /"v1" or contain/,
    ],
    [
      'a service claim without kind',
      (w: Workload) => (w.spec!.serviceClaims![0].ref!.kind = ''),
      'spec.serviceClaims[0].ref.kind',
      /must not be empty/,
    ],
    [
      'a service account with capitals',
      (w: Workload) => (w.spec!.serviceAccountName = 'Default'),
      'spec.serviceAccountName',
      /service account name/,
    ],
    [
      'the wrong kind',
      (w: Workload) => (w.kind = 'Deployment'),
      'kind',
      /must be Workload/,
    ],
  ])('refuses %s', (_name, change, path, message) => {
    const errors = validateWorkloadDraft(draft(change));
    expect(errors).toEqual([
      { path, code: 'invalid', message: expect.stringMatching(message) },
    ]);
  });

  it.each([
    [
      'a pre-built image alone',
      (w: Workload) => {
        w.spec!.source = undefined;
        w.spec!.image = 'registry/app:1';
      },
    ],
    [
      'a source image with sub-path',
      (w: Workload) => {
        w.spec!.source = { image: 'registry/src:1', subPath: 'app' };
      },
    ],
    [
      'a git tag instead of branch',
      (w: Workload) => {
        w.spec!.source!.git!.ref = { tag: 'v1.0.0' };
      },
    ],
    [
      'an ssh git URL',
      (w: Workload) => {
        w.spec!.source!.git!.url = 'git@github.com:sample-org/hello.git';
      },
    ],
    [
      'quantities in several notations',
      (w: Workload) => {
        w.spec!.resources = {
          requests: { cpu: '0.1', memory: '1e8' },
          limits: { cpu: '1', memory: '128M' },
        };
      },
    ],
    [
      'structured and null params',
      (w: Workload) => {
        w.spec!.params = [
          { name: 'a', value: [1, { b: null }] },
          { name: 'c', value: null },
        ];
      },
    ],
  ])('accepts %s', (_name, change) => {
    expect(validateWorkloadDraft(draft(change))).toEqual([]);
  });

  it('refuses params the supply chain protects, naming the chain', () => {
    const protecting = chain('source-to-url', {
      params: [
        { name: 'registry', value: 'registry.local' },
        { name: 'gitops_branch', default: 'main' },
      ],
      resources: [
        {
          name: 'image-builder',
          templateRef: { kind: 'ClusterImageTemplate', name: 'kpack' },
          params: [{ name: 'builder', value: 'paketo' }],
        },
      ],
    });
    const errors = validateWorkloadDraft(
      draft(w => {
        w.spec!.params = [
          { name: 'registry', value: 'elsewhere' },
          { name: 'gitops_branch', value: 'dev' },
          { name: 'builder', value: 'mine' },
        ];
      }),
      protecting,
    );
    expect(errors).toEqual([
      {
        path: 'spec.params[0].name',
        code: 'protectedParam',
        message:
          'param "registry" is set by supply chain source-to-url and cannot be overridden',
      },
      {
        path: 'spec.params[2].name',
        code: 'protectedParam',
        message:
          'param "builder" is set by supply chain source-to-url and cannot be overridden',
      },
    ]);
  });

  it('reports every problem at once', () => {
    const errors = validateWorkloadDraft(
      draft(w => {
        w.metadata!.name = 'Bad_Name';
        w.spec!.image = 'x';
        w.spec!.resources = { requests: { cpu: '2' }, limits: { cpu: '1' } };
      }),
    );
    expect(errors.map(e => e.path)).toEqual([
      'metadata.name',
      'spec.source',
      'spec.resources.requests.cpu',
    ]);
  });
});
