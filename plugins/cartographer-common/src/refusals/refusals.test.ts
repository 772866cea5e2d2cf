/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { describeRefusal, REFUSAL_RULES, refusalError, RefusalRule } from '.';

const ERROR_BY_RULE: Array<[RefusalRule, string]> = [
  ['validation', 'InputError'],
  ['namespace', 'NotAllowedError'],
  ['selection', 'InputError'],
  ['intendedChain', 'InputError'],
  ['approval', 'NotAllowedError'],
  ['chainNotReady', 'InputError'],
  ['protectedParam', 'InputError'],
  ['exists', 'ConflictError'],
];

describe('refusalError', () => {
  it.each(ERROR_BY_RULE)('refuses by rule %s with %s', (rule, name) => {
    const error = refusalError([{ rule, message: 'why' }]);
    expect(error.name).toBe(name);
    expect(error.message).toBe(`refused (${rule}): why`);
  });

  it('is table-tested for every rule there is', () => {
    expect(ERROR_BY_RULE.map(([rule]) => rule)).toEqual([...REFUSAL_RULES]);
  });

  it('takes the class from the first refusal and names all of them', () => {
    const error = refusalError([
      { rule: 'exists', message: 'workload dev/x already exists' },
      { rule: 'approval', message: 'chain y is not approved' },
    ]);
    expect(error.name).toBe('ConflictError');
    expect(error.message).toBe(
      'refused (exists): workload dev/x already exists; refused (approval): chain y is not approved',
    );
  });
});

describe('describeRefusal', () => {
  it('names the rule before the message', () => {
    expect(describeRefusal({ rule: 'namespace', message: 'kube-system' })).toBe(
      'refused (namespace): kube-system',
    );
  });
});
