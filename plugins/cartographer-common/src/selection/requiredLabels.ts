/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Blueprint, LABELS } from '../types';

/**
 * What a new workload needs to be selected by a chain.
 * @public
 */
export interface RequiredLabels {
  /** Labels with exactly one allowed value: set these. */
  labels: Record<string, string>;
  /** Labels that accept any of several values (e.g. the workload type). */
  choices: Record<string, string[]>;
  /** Labels that must be present with any value. */
  present: string[];
  /** Labels that must not be set. */
  absent: string[];
  /** Field requirements, which a form cannot satisfy with labels alone. */
  fields: Array<{ key: string; operator: string; values?: string[] }>;
  /** The workload types this chain accepts, from the TAP type label. */
  workloadTypes: string[];
}

/**
 * Derives the labels a workload must carry for a chain's selector to hold,
 * as the tanzu CLI does for `--type` completion.
 * @public
 */
export function requiredLabelsForBlueprint(
  blueprint: Blueprint,
): RequiredLabels {
  const spec = blueprint.spec;
  const labels: Record<string, string> = { ...(spec?.selector ?? {}) };
  const choices: Record<string, string[]> = {};
  const present: string[] = [];
  const absent: string[] = [];
  for (const { key, operator, values } of spec?.selectorMatchExpressions ??
    []) {
    if (operator === 'In' && values?.length === 1) {
      labels[key] = values[0];
    } else if (operator === 'In' && values) {
      choices[key] = values;
    } else if (operator === 'Exists') {
      present.push(key);
    } else if (operator === 'DoesNotExist') {
      absent.push(key);
    }
  }
  const typeLabel = LABELS.workloadType;
  const workloadTypes = labels[typeLabel]
    ? [labels[typeLabel]]
    : (choices[typeLabel] ?? []);
  return {
    labels,
    choices,
    present,
    absent,
    fields: (spec?.selectorMatchFields ?? []).map(f => ({ ...f })),
    workloadTypes,
  };
}
