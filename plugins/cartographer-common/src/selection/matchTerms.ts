/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  FieldSelectorRequirement,
  JsonValue,
  LabelSelectorRequirement,
} from '../types';
import { evaluateJsonPath } from './jsonPath';
import { SelectorTermResult } from './types';

function listValues(values?: string[]) {
  return `[${(values ?? []).join(', ')}]`;
}

/** A matchLabels entry is an equality requirement on one label. */
export function matchLabel(
  labels: Record<string, string>,
  key: string,
  value: string,
): SelectorTermResult {
  const actual = labels[key];
  const base = {
    kind: 'label' as const,
    key,
    operator: 'In' as const,
    values: [value],
  };
  if (actual === undefined) {
    return {
      ...base,
      matched: false,
      reason: `label ${key} is absent (needs "${value}")`,
    };
  }
  return actual === value
    ? { ...base, matched: true, reason: `label ${key} is "${actual}"` }
    : {
        ...base,
        matched: false,
        reason: `label ${key} is "${actual}", not "${value}"`,
      };
}

/** Label expressions follow Kubernetes: NotIn and DoesNotExist hold when the label is absent. */
export function matchLabelExpression(
  labels: Record<string, string>,
  requirement: LabelSelectorRequirement,
): SelectorTermResult {
  const { key, operator, values } = requirement;
  const actual = labels[key];
  const present = actual !== undefined;
  const base = { kind: 'expression' as const, key, operator, values };
  const describe = present
    ? `label ${key} is "${actual}"`
    : `label ${key} is absent`;
  switch (operator) {
    case 'In': {
      const matched = present && (values ?? []).includes(actual);
      return {
        ...base,
        matched,
        reason: `${describe} (${matched ? 'in' : 'not in'} ${listValues(values)})`,
      };
    }
    case 'NotIn': {
      const matched = !present || !(values ?? []).includes(actual);
      return {
        ...base,
        matched,
        reason: `${describe} (${matched ? 'not in' : 'in'} ${listValues(values)})`,
      };
    }
    case 'Exists':
      return { ...base, matched: present, reason: describe };
    case 'DoesNotExist':
      return { ...base, matched: !present, reason: describe };
    default:
      return {
        ...base,
        matched: false,
        reason: `unknown operator ${operator}`,
      };
  }
}

function show(value: JsonValue): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

/**
 * Field requirements read a jsonpath of the owner. Unlike labels, a missing
 * path fails every operator but DoesNotExist, NotIn included, and In/NotIn
 * only compare strings.
 */
export function matchFieldRequirement(
  owner: unknown,
  requirement: FieldSelectorRequirement,
): SelectorTermResult {
  const { key, operator, values } = requirement;
  const base = { kind: 'field' as const, key, operator, values };
  let found: JsonValue[];
  try {
    found = evaluateJsonPath(owner, key);
  } catch (e) {
    const message = `cannot evaluate ${key}: ${(e as Error).message}`;
    return { ...base, matched: false, reason: message, error: message };
  }
  if (found.length > 1) {
    const message = `${key} yields ${found.length} values; a field selector needs exactly one`;
    return { ...base, matched: false, reason: message, error: message };
  }
  if (found.length === 0) {
    // Not found: a missing parent or map key. Only DoesNotExist holds.
    return {
      ...base,
      matched: operator === 'DoesNotExist',
      reason: `${key} is not set`,
    };
  }
  const value = found[0];
  if (value === null) {
    // A nil pointer in Cartographer's Go types: NotIn holds as well.
    return {
      ...base,
      matched: operator === 'DoesNotExist' || operator === 'NotIn',
      reason: `${key} is unset (nil)`,
    };
  }
  const describe = `${key} is ${show(value)}`;
  switch (operator) {
    case 'Exists':
      return { ...base, matched: true, reason: describe };
    case 'DoesNotExist':
      return { ...base, matched: false, reason: describe };
    case 'In': {
      const matched =
        typeof value === 'string' && (values ?? []).includes(value);
      return {
        ...base,
        matched,
        reason: `${describe} (${matched ? 'in' : 'not in'} ${listValues(values)})`,
      };
    }
    case 'NotIn': {
      const matched = !(
        typeof value === 'string' && (values ?? []).includes(value)
      );
      return {
        ...base,
        matched,
        reason: `${describe} (${matched ? 'not in' : 'in'} ${listValues(values)})`,
      };
    }
    default:
      return {
        ...base,
        matched: false,
        reason: `unknown operator ${operator}`,
      };
  }
}
