/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { chain } from '../__fixtures__/builders';
import { requiredLabelsForBlueprint } from './requiredLabels';

describe('requiredLabelsForBlueprint', () => {
  it('collects labels, choices, presence and field requirements', () => {
    const result = requiredLabelsForBlueprint(
      chain('c', {
        selector: { 'apps.tanzu.vmware.com/has-tests': 'true' },
        selectorMatchExpressions: [
          {
            key: 'apps.tanzu.vmware.com/workload-type',
            operator: 'In',
            values: ['web', 'server'],
          },
          { key: 'team', operator: 'In', values: ['payments'] },
          { key: 'owner', operator: 'Exists' },
          { key: 'legacy', operator: 'DoesNotExist' },
        ],
        selectorMatchFields: [{ key: 'spec.source.git', operator: 'Exists' }],
      }),
    );
    expect(result).toEqual({
      labels: { 'apps.tanzu.vmware.com/has-tests': 'true', team: 'payments' },
      choices: { 'apps.tanzu.vmware.com/workload-type': ['web', 'server'] },
      present: ['owner'],
      absent: ['legacy'],
      fields: [{ key: 'spec.source.git', operator: 'Exists' }],
      workloadTypes: ['web', 'server'],
    });
  });

  it('reads the workload type from a plain label', () => {
    expect(
      requiredLabelsForBlueprint(
        chain('c', {
          selector: { 'apps.tanzu.vmware.com/workload-type': 'web' },
        }),
      ).workloadTypes,
    ).toEqual(['web']);
  });
});
