/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { chain, workload } from '../__fixtures__/builders';
import { selectDelivery, selectSupplyChain } from './selectBlueprint';
import { ClusterDelivery, Workload } from '../types';

const TYPE = 'apps.tanzu.vmware.com/workload-type';
const TESTS = 'apps.tanzu.vmware.com/has-tests';

const web = chain('source-to-url', {
  selectorMatchExpressions: [
    { key: TYPE, operator: 'In', values: ['web', 'server', 'worker'] },
  ],
});
const webWithTests = chain('source-test-to-url', {
  selectorMatchExpressions: [
    { key: TYPE, operator: 'In', values: ['web', 'server', 'worker'] },
  ],
  selector: { [TESTS]: 'true' },
});
const gitWeb = chain('git-web', {
  selector: { [TYPE]: 'web' },
  selectorMatchFields: [{ key: 'spec.source.git.url', operator: 'Exists' }],
});
const imageWeb = chain('image-web', {
  selector: { [TYPE]: 'web' },
  selectorMatchFields: [{ key: 'spec.image', operator: 'Exists' }],
});
const git = {
  git: { url: 'https://github.com/sample-org/hello', ref: { branch: 'main' } },
};

describe('selectSupplyChain', () => {
  it.each([
    {
      name: 'a single label match selects the chain',
      labels: { [TYPE]: 'web' },
      spec: {},
      chains: [web],
      outcome: 'selected',
      selected: 'source-to-url',
    },
    {
      name: 'the more specific chain wins (score 2 beats 1)',
      labels: { [TYPE]: 'web', [TESTS]: 'true' },
      spec: {},
      chains: [web, webWithTests],
      outcome: 'selected',
      selected: 'source-test-to-url',
    },
    {
      name: 'the less specific chain still selects when the extra label is absent',
      labels: { [TYPE]: 'web' },
      spec: {},
      chains: [web, webWithTests],
      outcome: 'selected',
      selected: 'source-to-url',
    },
    {
      name: 'fields add to the score: label + field beats label only',
      labels: { [TYPE]: 'web' },
      spec: { source: git },
      chains: [chain('plain', { selector: { [TYPE]: 'web' } }), gitWeb],
      outcome: 'selected',
      selected: 'git-web',
    },
    {
      name: 'a field requirement that fails excludes the chain',
      labels: { [TYPE]: 'web' },
      spec: { source: git },
      chains: [imageWeb, gitWeb],
      outcome: 'selected',
      selected: 'git-web',
    },
    {
      name: 'two chains tied at the top are ambiguous',
      labels: { [TYPE]: 'web' },
      spec: {},
      chains: [web, chain('other-web', { selector: { [TYPE]: 'web' } })],
      outcome: 'ambiguous',
    },
    {
      name: 'a lower-scoring match does not make a tie',
      labels: { [TYPE]: 'web', [TESTS]: 'true' },
      spec: {},
      chains: [
        web,
        chain('other-web', { selector: { [TYPE]: 'web' } }),
        webWithTests,
      ],
      outcome: 'selected',
      selected: 'source-test-to-url',
    },
    {
      name: 'no chain matching is none',
      labels: { [TYPE]: 'batch' },
      spec: {},
      chains: [web, webWithTests],
      outcome: 'none',
    },
    {
      name: 'a workload without labels never matches',
      labels: undefined,
      spec: { source: git },
      chains: [web],
      outcome: 'labelsMissing',
    },
    {
      name: 'a field-only chain still needs the workload to have some label (#868)',
      labels: {},
      spec: { source: git },
      chains: [
        chain('fields-only', {
          selectorMatchFields: [
            { key: 'spec.source.git.url', operator: 'Exists' },
          ],
        }),
      ],
      outcome: 'labelsMissing',
    },
    {
      name: 'a field-only chain selects a labelled workload',
      labels: { unrelated: 'x' },
      spec: { source: git },
      chains: [
        chain('fields-only', {
          selectorMatchFields: [
            { key: 'spec.source.git.url', operator: 'Exists' },
          ],
        }),
      ],
      outcome: 'selected',
      selected: 'fields-only',
    },
    {
      name: 'an empty selector never matches',
      labels: { [TYPE]: 'web' },
      spec: {},
      chains: [chain('empty', {})],
      outcome: 'none',
    },
    {
      name: 'a field yielding several values is an error naming the chain and key',
      labels: { [TYPE]: 'web' },
      spec: {
        params: [
          { name: 'a', value: '1' },
          { name: 'b', value: '2' },
        ],
      },
      chains: [
        chain('multi', {
          selector: { [TYPE]: 'web' },
          selectorMatchFields: [
            { key: 'spec.params[*].value', operator: 'Exists' },
          ],
        }),
      ],
      outcome: 'error',
    },
    {
      name: 'a field error in a chain whose labels fail is never evaluated',
      labels: { [TYPE]: 'web' },
      spec: {
        params: [
          { name: 'a', value: '1' },
          { name: 'b', value: '2' },
        ],
      },
      chains: [
        chain('multi', {
          selector: { [TYPE]: 'batch' },
          selectorMatchFields: [
            { key: 'spec.params[*].value', operator: 'Exists' },
          ],
        }),
        web,
      ],
      outcome: 'selected',
      selected: 'source-to-url',
    },
    {
      name: 'a filter jsonpath reads one param',
      labels: { [TYPE]: 'web' },
      spec: {
        params: [
          { name: 'tier', value: 'gold' },
          { name: 'other', value: 'x' },
        ],
      },
      chains: [
        chain('gold', {
          selector: { [TYPE]: 'web' },
          selectorMatchFields: [
            {
              key: 'spec.params[?(@.name=="tier")].value',
              operator: 'In',
              values: ['gold'],
            },
          ],
        }),
        web,
      ],
      outcome: 'selected',
      selected: 'gold',
    },
  ])('$name', ({ labels, spec, chains, outcome, selected }) => {
    const result = selectSupplyChain(
      workload(
        labels as Record<string, string> | undefined,
        spec as Workload['spec'],
      ),
      chains,
    );
    expect(result.outcome).toBe(outcome);
    expect(result.selected?.metadata?.name).toBe(selected);
    expect(result.candidates.map(c => c.name)).toEqual(
      chains.map(c => c.metadata?.name),
    );
  });

  it('explains every candidate with its score and terms', () => {
    const result = selectSupplyChain(workload({ [TYPE]: 'web' }), [
      web,
      webWithTests,
    ]);
    expect(result.candidates).toEqual([
      {
        name: 'source-to-url',
        matched: true,
        score: 1,
        best: true,
        terms: [
          {
            kind: 'expression',
            key: TYPE,
            operator: 'In',
            values: ['web', 'server', 'worker'],
            matched: true,
            reason: `label ${TYPE} is "web" (in [web, server, worker])`,
          },
        ],
      },
      {
        name: 'source-test-to-url',
        matched: false,
        score: 2,
        best: false,
        terms: [
          {
            kind: 'label',
            key: TESTS,
            operator: 'In',
            values: ['true'],
            matched: false,
            reason: `label ${TESTS} is absent (needs "true")`,
          },
          {
            kind: 'expression',
            key: TYPE,
            operator: 'In',
            values: ['web', 'server', 'worker'],
            matched: true,
            reason: `label ${TYPE} is "web" (in [web, server, worker])`,
          },
        ],
      },
    ]);
  });

  it('uses Cartographer messages for selection failures', () => {
    expect(
      selectSupplyChain(workload({ [TYPE]: 'batch', app: 'x' }), [web]).message,
    ).toBe(
      `no supply chain found where full selector is satisfied by labels: map[app:x ${TYPE}:batch]`,
    );
    expect(selectSupplyChain(workload(undefined), [web]).message).toBe(
      'workload has no labels to match to a supply chain',
    );
    expect(
      selectSupplyChain(workload({ [TYPE]: 'web' }), [
        web,
        chain('other-web', { selector: { [TYPE]: 'web' } }),
      ]).message,
    ).toBe(
      "workload may only match a single supply chain's selector, but source-to-url, other-web match equally (score 1)",
    );
    const error = selectSupplyChain(
      workload(
        { [TYPE]: 'web' },
        {
          params: [
            { name: 'a', value: 1 },
            { name: 'b', value: 2 },
          ],
        },
      ),
      [
        chain('multi', {
          selectorMatchFields: [
            { key: 'spec.params[*].value', operator: 'Exists' },
          ],
        }),
      ],
    );
    expect(error.message).toContain('[ClusterSupplyChain/multi]');
    expect(error.message).toContain('spec.params[*].value yields 2 values');
  });
});

describe('selectDelivery', () => {
  const delivery = (
    name: string,
    selector: Record<string, string>,
  ): ClusterDelivery => ({
    kind: 'ClusterDelivery',
    metadata: { name },
    spec: { selector, resources: [] },
  });

  it('selects deliveries with the same rule', () => {
    const deliverable = {
      kind: 'Deliverable',
      metadata: {
        name: 'hello',
        labels: { 'app.tanzu.vmware.com/deliverable-type': 'web' },
      },
    };
    const result = selectDelivery(deliverable, [
      delivery('gitops', { 'app.tanzu.vmware.com/deliverable-type': 'web' }),
      delivery('other', { 'app.tanzu.vmware.com/deliverable-type': 'batch' }),
    ]);
    expect(result.outcome).toBe('selected');
    expect(result.selected?.metadata?.name).toBe('gitops');
    expect(result.message).toBe('selected delivery gitops (score 1)');
  });
});
