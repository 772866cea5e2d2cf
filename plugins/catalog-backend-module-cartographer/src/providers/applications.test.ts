/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model';
import {
  applicationEntity,
  applicationEntityName,
  groupApplications,
} from './applications';
import { partOf, row } from './__testUtils__';

const options = {
  owner: 'group:default/platform',
  lifecycle: 'production',
  namespace: 'default',
  namePrefix: '',
};

const policy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);

describe('groupApplications', () => {
  it.each([
    ['no workloads', [], []],
    [
      'one workload per part-of value',
      [
        row('local', 'dev', 'a', partOf('shop')),
        row('local', 'dev', 'b', partOf('cart')),
      ],
      [
        ['cart', true, ['local/dev/b']],
        ['shop', true, ['local/dev/a']],
      ],
    ],
    [
      'workloads of one app across namespaces and clusters',
      [
        row('eu', 'prod', 'shop-api', partOf('shop')),
        row('local', 'dev', 'shop-web', partOf('shop')),
        row('local', 'dev', 'shop-api', partOf('shop')),
      ],
      [
        [
          'shop',
          true,
          ['eu/prod/shop-api', 'local/dev/shop-api', 'local/dev/shop-web'],
        ],
      ],
    ],
    [
      'the workload name without part-of',
      [row('local', 'dev', 'lonely')],
      [['lonely', false, ['local/dev/lonely']]],
    ],
    [
      'a lone workload named like an app',
      [
        row('local', 'dev', 'shop', partOf('shop')),
        row('local', 'ops', 'shop'),
      ],
      [['shop', false, ['local/dev/shop', 'local/ops/shop']]],
    ],
  ])('groups %s', (_, rows, expected) => {
    expect(
      groupApplications(rows).map(app => [
        app.name,
        app.byPartOf,
        app.workloads.map(w => `${w.cluster}/${w.namespace}/${w.name}`),
      ]),
    ).toEqual(expected);
  });
});

describe('applicationEntity', () => {
  it('builds a valid Component with the Kubernetes annotations', async () => {
    const [app] = groupApplications([
      row('local', 'dev', 'shop-frontend', partOf('shop-frontend')),
    ]);
    const entity = applicationEntity(app, options)!;
    expect(entity).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'shop-frontend',
        namespace: 'default',
        description: 'Runs through Cartographer as dev/shop-frontend on local',
        annotations: {
          'backstage.io/managed-by-location':
            'cartographer:applications/shop-frontend',
          'backstage.io/managed-by-origin-location':
            'cartographer:applications/shop-frontend',
          'backstage.io/kubernetes-label-selector':
            'app.kubernetes.io/part-of=shop-frontend',
          'backstage.io/kubernetes-namespace': 'dev',
          'backstage.io/kubernetes-cluster': 'local',
        },
        tags: ['cartographer'],
      },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'group:default/platform',
      },
    });
    await expect(policy.enforce(entity)).resolves.toBe(entity);
    await expect(componentEntityV1alpha1Validator.check(entity)).resolves.toBe(
      true,
    );
  });

  it('takes owner, system, lifecycle and description from workload annotations', () => {
    const [app] = groupApplications([
      row('eu', 'prod', 'a', partOf('shop')),
      row('local', 'dev', 'b', partOf('shop'), {
        'backstage.io/owner': 'group:default/team-web',
        'backstage.io/system': 'demo-shop',
        'backstage.io/lifecycle': 'experimental',
        'backstage.io/description': 'The shop',
      }),
    ]);
    const entity = applicationEntity(app, {
      ...options,
      namePrefix: 'carto-',
    })!;
    expect(entity.metadata.name).toBe('carto-shop');
    expect(entity.metadata.description).toBe('The shop');
    expect(entity.spec).toEqual({
      type: 'service',
      lifecycle: 'experimental',
      owner: 'group:default/team-web',
      system: 'demo-shop',
    });
    // Two namespaces and two clusters: the entity names neither.
    expect(Object.keys(entity.metadata.annotations!)).toEqual([
      'backstage.io/managed-by-location',
      'backstage.io/managed-by-origin-location',
      'backstage.io/kubernetes-label-selector',
    ]);
  });

  it('selects a lone workload by the label Cartographer stamps', () => {
    const [app] = groupApplications([row('local', 'dev', 'lonely')]);
    expect(
      applicationEntity(app, options)!.metadata.annotations![
        'backstage.io/kubernetes-label-selector'
      ],
    ).toBe('carto.run/workload-name=lonely');
  });

  it.each([
    ['shop', '', 'shop'],
    ['shop', 'carto-', 'carto-shop'],
    ['a'.repeat(63), 'x-', undefined],
    ['-bad-', '', undefined],
  ])('names %s with prefix %j as %s', (name, namePrefix, expected) => {
    expect(applicationEntityName({ name }, { namePrefix })).toBe(expected);
  });
});
