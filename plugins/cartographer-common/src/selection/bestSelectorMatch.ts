/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { KubernetesObject, Selector } from '../types';
import {
  matchFieldRequirement,
  matchLabel,
  matchLabelExpression,
} from './matchTerms';
import { BestMatchResult, SelectorMatch } from './types';
import { typedOwnerView } from './typedOwnerView';

/**
 * Evaluates every term of one selector against an owner. All terms are
 * evaluated, even after one fails, so a UI can show each of them.
 * @public
 */
export function matchSelector(
  owner: KubernetesObject,
  selector: Selector,
): SelectorMatch {
  const labels = owner.metadata?.labels ?? {};
  const labelTerms = [
    ...Object.entries(selector.matchLabels ?? {}).map(([key, value]) =>
      matchLabel(labels, key, value),
    ),
    ...(selector.matchExpressions ?? []).map(r =>
      matchLabelExpression(labels, r),
    ),
  ];
  // Fields are read from Cartographer's typed view of the owner.
  const typed = selector.matchFields?.length ? typedOwnerView(owner) : owner;
  const fieldTerms = (selector.matchFields ?? []).map(r =>
    matchFieldRequirement(typed, r),
  );
  const terms = [...labelTerms, ...fieldTerms];
  const labelsMatch = labelTerms.every(t => t.matched);
  // Cartographer evaluates fields only once the labels match, so a field
  // error of a chain whose labels fail never aborts selection.
  const fieldError = labelsMatch
    ? fieldTerms.find(t => t.error)?.error
    : undefined;
  return {
    matched: terms.length > 0 && terms.every(t => t.matched),
    score: terms.length,
    terms,
    error: fieldError,
  };
}

/**
 * Cartographer's best-match rule: every term of a selector must match, the
 * score is the number of terms, the highest score wins and ties are all
 * returned. An empty selector never matches (the high-water mark starts at 1).
 * @public
 */
export function bestSelectorMatch(
  owner: KubernetesObject,
  selectors: Selector[],
): BestMatchResult {
  const matches = selectors.map(s => matchSelector(owner, s));
  let highWaterMark = 1;
  let best: number[] = [];
  for (let index = 0; index < matches.length; index++) {
    const match = matches[index];
    if (match.error) {
      return { best: [], matches, error: { index, message: match.error } };
    }
    if (!match.matched) {
      continue;
    }
    if (match.score === highWaterMark) {
      best.push(index);
    } else if (match.score > highWaterMark) {
      highWaterMark = match.score;
      best = [index];
    }
  }
  return { best, matches };
}
