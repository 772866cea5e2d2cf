/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Workload } from '@internal/plugin-cartographer-common';
import { CacheChange } from './KindCache';
import { WorkloadIndex } from './WorkloadIndex';

const workload = (
  namespace: string,
  name: string,
  labels: Record<string, string> = {},
): Workload => ({ kind: 'Workload', metadata: { namespace, name, labels } });

const names = (entries: Array<{ namespace: string; name: string }>) =>
  entries.map(e => `${e.namespace}/${e.name}`);

describe('WorkloadIndex', () => {
  it('keeps the workloads in row order whatever order they arrive in', () => {
    const index = WorkloadIndex.of('local', [
      workload('prod', 'b'),
      workload('dev', 'b'),
      workload('dev', 'a'),
      workload('dev-2', 'a'),
    ]);
    expect(names([...index.all()])).toEqual([
      'dev-2/a',
      'dev/a',
      'dev/b',
      'prod/b',
    ]);
    expect(index.all().map(e => e.sortKey)).toEqual(
      index
        .all()
        .map(e => e.sortKey)
        .sort((a, b) => a.localeCompare(b)),
    );
    expect(index.size).toBe(4);
  });

  it('finds workloads by label and by name label, and nothing else', () => {
    const index = WorkloadIndex.of('local', [
      workload('dev', 'shop-web', { 'app.kubernetes.io/part-of': 'shop' }),
      workload('dev', 'shop-api', { 'app.kubernetes.io/part-of': 'shop' }),
      workload('dev', 'ledger', { 'app.kubernetes.io/part-of': 'ledger' }),
    ]);
    expect(
      names(index.labelled('app.kubernetes.io/part-of', 'shop')).sort(),
    ).toEqual(['dev/shop-api', 'dev/shop-web']);
    expect(names(index.labelled('carto.run/workload-name', 'ledger'))).toEqual([
      'dev/ledger',
    ]);
    expect(index.labelled('app.kubernetes.io/part-of', 'outlet')).toEqual([]);
    expect(index.labelled('team', 'shop')).toEqual([]);
  });

  it.each<[string, CacheChange[], string[], string[]]>([
    [
      'a relabel moves the workload to its new label only',
      [
        {
          type: 'modified',
          object: workload('dev', 'shop-web', {
            'app.kubernetes.io/part-of': 'outlet',
          }),
        },
      ],
      ['dev/shop-api'],
      ['dev/shop-web'],
    ],
    [
      'a deletion takes it out of every label',
      [{ type: 'deleted', object: workload('dev', 'shop-web') }],
      ['dev/shop-api'],
      [],
    ],
    [
      'deleting both leaves the label empty',
      [
        { type: 'deleted', object: workload('dev', 'shop-web') },
        { type: 'deleted', object: workload('dev', 'shop-api') },
      ],
      [],
      [],
    ],
    [
      'an unchanged modification keeps it where it was',
      [
        {
          type: 'modified',
          object: workload('dev', 'shop-web', {
            'app.kubernetes.io/part-of': 'shop',
          }),
        },
      ],
      ['dev/shop-api', 'dev/shop-web'],
      [],
    ],
  ])('%s', (_name, changes, shop, outlet) => {
    const index = WorkloadIndex.of('local', [
      workload('dev', 'shop-web', { 'app.kubernetes.io/part-of': 'shop' }),
      workload('dev', 'shop-api', { 'app.kubernetes.io/part-of': 'shop' }),
    ]);
    changes.forEach(c => index.apply(c));
    expect(
      names(index.labelled('app.kubernetes.io/part-of', 'shop')).sort(),
    ).toEqual(shop);
    expect(
      names(index.labelled('app.kubernetes.io/part-of', 'outlet')),
    ).toEqual(outlet);
    const deleted = changes.filter(c => c.type === 'deleted').length;
    expect(index.size).toBe(2 - deleted);
  });

  it('holds the cached object itself, the latest one', () => {
    const index = WorkloadIndex.of('local', [workload('dev', 'a')]);
    const newer = workload('dev', 'a', { tier: 'web' });
    index.apply({ type: 'modified', object: newer });
    expect(index.all()[0].workload).toBe(newer);
    expect(index.labelled('tier', 'web')[0].workload).toBe(newer);
  });
});
