/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { LabelSelectorRequirement } from '../types';
import { matchLabelExpression } from './matchTerms';

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
    let m: RegExpMatchArray | null;
    if (!part) continue;
    if ((m = part.match(/^([^\s!=]+)\s+(in|notin)\s+\(([^)]*)\)$/))) {
      requirements.push({
        key: m[1],
        operator: m[2] === 'in' ? 'In' : 'NotIn',
        values: m[3]
          .split(',')
          .map(v => v.trim())
          .filter(Boolean),
      });
    } else if ((m = part.match(/^([^\s!=]+)\s*!=\s*(\S*)$/))) {
      requirements.push({ key: m[1], operator: 'NotIn', values: [m[2]] });
    } else if ((m = part.match(/^([^\s!=]+)\s*==?\s*(\S*)$/))) {
      requirements.push({ key: m[1], operator: 'In', values: [m[2]] });
    } else if ((m = part.match(/^!\s*([^\s!=]+)$/))) {
      requirements.push({ key: m[1], operator: 'DoesNotExist' });
    } else if ((m = part.match(/^([^\s!=(),]+)$/))) {
      requirements.push({ key: m[1], operator: 'Exists' });
    } else {
      throw new Error(`cannot parse label selector "${text}" at "${part}"`);
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
