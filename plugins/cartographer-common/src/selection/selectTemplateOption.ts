/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Owner, TemplateOption } from '../types';
import { bestSelectorMatch } from './bestSelectorMatch';
import { SelectorTermResult } from './types';

/**
 * Which template option of a resource an owner resolves to.
 * @public
 */
export interface TemplateOptionSelection {
  outcome: 'selected' | 'none' | 'ambiguous' | 'error';
  /** The winning option; `passThrough` options forward an input instead. */
  option?: TemplateOption;
  message: string;
  candidates: Array<{
    name: string;
    matched: boolean;
    score: number;
    terms: SelectorTermResult[];
  }>;
}

function optionLabel(option: TemplateOption) {
  return option.name ?? `passThrough:${option.passThrough}`;
}

/**
 * Resolves `templateRef.options` with the same best-match rule as supply
 * chains; anything but exactly one winner is an error in Cartographer.
 * @public
 */
export function selectTemplateOption(
  owner: Owner,
  options: TemplateOption[],
): TemplateOptionSelection {
  const { best, matches, error } = bestSelectorMatch(
    owner,
    options.map(o => o.selector),
  );
  const candidates = matches.map((m, i) => ({
    name: optionLabel(options[i]),
    matched: m.matched,
    score: m.score,
    terms: m.terms,
  }));
  if (error) {
    return { outcome: 'error', message: error.message, candidates };
  }
  if (best.length !== 1) {
    return {
      outcome: best.length === 0 ? 'none' : 'ambiguous',
      message: `expected exactly 1 option to match, found [${best.length}] matching options [${best
        .map(i => optionLabel(options[i]))
        .join(', ')}]`,
      candidates,
    };
  }
  return {
    outcome: 'selected',
    option: options[best[0]],
    message: `option ${optionLabel(options[best[0]])} matches`,
    candidates,
  };
}
