/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { workload } from '../__fixtures__/builders';
import { TemplateOption } from '../types';
import { selectTemplateOption } from './selectTemplateOption';

const options: TemplateOption[] = [
  {
    name: 'git-source',
    selector: { matchFields: [{ key: 'spec.source.git', operator: 'Exists' }] },
  },
  {
    name: 'image-source',
    selector: {
      matchFields: [{ key: 'spec.source.image', operator: 'Exists' }],
    },
  },
  {
    passThrough: 'image',
    selector: { matchFields: [{ key: 'spec.image', operator: 'Exists' }] },
  },
];

describe('selectTemplateOption', () => {
  it.each([
    [{ source: { git: { url: 'u' } } }, 'selected', 'git-source'],
    [{ source: { image: 'i' } }, 'selected', 'image-source'],
    [{ image: 'prebuilt' }, 'selected', 'passThrough:image'],
    [{}, 'none', undefined],
    [{ source: { git: { url: 'u' }, image: 'i' } }, 'ambiguous', undefined],
  ])('spec %j → %s %s', (spec, outcome, chosen) => {
    const result = selectTemplateOption(workload({ a: 'b' }, spec), options);
    expect(result.outcome).toBe(outcome);
    const label =
      result.option &&
      (result.option.name ?? `passThrough:${result.option.passThrough}`);
    expect(label).toBe(chosen);
  });

  it('uses the message Cartographer reports for a non-unique match', () => {
    const result = selectTemplateOption(
      workload({ a: 'b' }, { source: { git: { url: 'u' }, image: 'i' } }),
      options,
    );
    expect(result.message).toBe(
      'expected exactly 1 option to match, found [2] matching options [git-source, image-source]',
    );
  });
});
