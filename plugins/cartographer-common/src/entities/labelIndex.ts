/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { LabelSelectorRequirement } from '../types';

/**
 * The label every workload matching these requirements carries: that of
 * the first `key In (value)` requirement, by which an index of workloads or
 * selectors can be looked up. Undefined when there is none, and only a scan
 * can tell what matches.
 */
export function selectorIndexTerm(
  requirements: LabelSelectorRequirement[],
): { key: string; value: string } | undefined {
  const term = requirements.find(
    r => r.operator === 'In' && r.values?.length === 1,
  );
  return term && { key: term.key, value: term.values![0] };
}
