/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import type { SelectionCandidate } from './selectBlueprint';

/**
 * A candidate's score in words. A chain that matches shows how many terms
 * it matched (Cartographer picks the most); one that does not shows how
 * many of its terms failed, since its raw score can exceed the winner's and
 * then reads as if the wrong chain won.
 * @public
 */
export function candidateScoreText(
  candidate: Pick<SelectionCandidate, 'matched' | 'score' | 'terms'>,
): string {
  const total = candidate.terms.length;
  if (total === 0) return 'no terms';
  const terms = (n: number) => `${n} term${n === 1 ? '' : 's'}`;
  if (candidate.matched) return `${terms(candidate.score)} matched`;
  const failed = candidate.terms.filter(t => !t.matched).length;
  return `${failed} of ${terms(total)} failed`;
}
