/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { LabelSelectorRequirement } from '../types';
import { matchLabelExpression } from './matchTerms';

const FORMS: Array<
  [RegExp, (m: RegExpMatchArray) => LabelSelectorRequirement]
> = [
  [
    /^([^\s!=]+)\s+(in|notin)\s+\(([^)]*)\)$/,
    m => ({
      key: m[1],
      operator: m[2] === 'in' ? 'In' : 'NotIn',
      values: m[3]
        .split(',')
        .map(v => v.trim())
        .filter(Boolean),
    }),
  ],
  [
    /^([^\s!=]+)\s*!=\s*(\S*)$/,
    m => ({ key: m[1], operator: 'NotIn', values: [m[2]] }),
  ],
  [
    /^([^\s!=]+)\s*==?\s*(\S*)$/,
    m => ({ key: m[1], operator: 'In', values: [m[2]] }),
  ],
  [/^!\s*([^\s!=]+)$/, m => ({ key: m[1], operator: 'DoesNotExist' })],
  [/^([^\s!=(),]+)$/, m => ({ key: m[1], operator: 'Exists' })],
];

function parseRequirement(
  text: string,
  part: string,
): LabelSelectorRequirement {
  for (const [pattern, build] of FORMS) {
    const match = part.match(pattern);
    if (match) {
      return build(match);
    }
  }
  throw new Error(`cannot parse label selector "${text}" at "${part}"`);
}

/**
 * Parses a Kubernetes label selector string, as written in the
 * `backstage.io/kubernetes-label-selector` annotation:
 * `a=b`, `a==b`, `a!=b`, `a in (x,y)`, `a notin (x)`, `a`, `!a`, comma-separated.
 * Throws on syntax it does not understand.
 * @public
 */
export function parseLabelSelector(text: string): LabelSelectorRequirement[] {
  const requirements: LabelSelectorRequirement[] = [];
  // Split on commas that are not inside parentheses.
  const parts = text.match(/(?:[^,(]|\([^)]*\))+/g) ?? [];
  for (const raw of parts) {
    const part = raw.trim();
    if (part) {
      requirements.push(parseRequirement(text, part));
    }
  }
  return requirements;
}

/**
 * Whether labels satisfy every requirement (Kubernetes semantics).
 * @public
 */
export function labelsMatch(
  labels: Record<string, string> | undefined,
  requirements: LabelSelectorRequirement[],
): boolean {
  return requirements.every(r => matchLabelExpression(labels ?? {}, r).matched);
}
