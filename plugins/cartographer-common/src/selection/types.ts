/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/**
 * One requirement of a selector and whether the owner satisfied it.
 * @public
 */
export interface SelectorTermResult {
  kind: 'label' | 'expression' | 'field';
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values?: string[];
  matched: boolean;
  /** Why it matched or failed, in words a developer understands. */
  reason: string;
  /** Set when evaluating the term failed (e.g. a jsonpath with several results). */
  error?: string;
}

/**
 * How one selector fared against an owner.
 * @public
 */
export interface SelectorMatch {
  /** Whether every term matched. */
  matched: boolean;
  /** Number of terms; the most specific matching selector wins. */
  score: number;
  terms: SelectorTermResult[];
  /** An evaluation error that aborts selection in Cartographer. */
  error?: string;
}

/**
 * The result of choosing among selectors the way Cartographer does.
 * @public
 */
export interface BestMatchResult {
  /** Indexes of the selectors tied at the highest score. */
  best: number[];
  matches: SelectorMatch[];
  /** Index and message of the first selector whose evaluation failed. */
  error?: { index: number; message: string };
}
