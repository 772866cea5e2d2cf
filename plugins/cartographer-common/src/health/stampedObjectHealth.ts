/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { evaluateJsonPath } from '../selection/jsonPath';
import { matchFieldRequirement } from '../selection/matchTerms';
import {
  Condition,
  HealthRule,
  HealthRuleMatch,
  JsonValue,
  KubernetesObject,
} from '../types';

/**
 * The health of one stamped object under its template's health rule.
 * @public
 */
export interface StampedObjectHealth {
  status: Condition['status'];
  reason?: string;
  message?: string;
}

type Stamped = KubernetesObject & {
  status?: { conditions?: Condition[] } & Record<string, unknown>;
};

function objectCondition(object: Stamped, type: string) {
  return object.status?.conditions?.find(c => c.type === type);
}

/** Go's %v of a jsonpath result, as Cartographer formats it into messages. */
function show(values: JsonValue[]) {
  if (values.length === 0) return undefined;
  const value = values.length === 1 ? values[0] : values;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function read(object: Stamped, path: string | undefined) {
  if (!path) return undefined;
  try {
    return show(evaluateJsonPath(object, path));
  } catch {
    return undefined;
  }
}

function fieldMessage(
  object: Stamped,
  requirement: NonNullable<HealthRuleMatch['matchFields']>[number],
) {
  const field =
    read(object, requirement.key) ?? '<error retrieving field value>';
  const message =
    read(object, requirement.messagePath) ??
    `unknown, error retrieving message path [${requirement.messagePath ?? ''}]`;
  return `field value: ${field}, message: ${message}`;
}

function conditionMessage(condition: Condition) {
  return `condition status: ${condition.status}, message: ${condition.message ?? ''}`;
}

function anyUnhealthy(
  match: HealthRuleMatch | undefined,
  object: Stamped,
): StampedObjectHealth | undefined {
  for (const rule of match?.matchConditions ?? []) {
    const found = objectCondition(object, rule.type);
    if (found && found.status === rule.status) {
      return {
        status: 'False',
        reason: 'MatchedCondition',
        message: conditionMessage(found),
      };
    }
  }
  for (const rule of match?.matchFields ?? []) {
    if (matchFieldRequirement(object, rule).matched) {
      return {
        status: 'False',
        reason: 'MatchedField',
        message: fieldMessage(object, rule),
      };
    }
  }
  return undefined;
}

function allHealthy(
  match: HealthRuleMatch | undefined,
  object: Stamped,
): StampedObjectHealth | undefined {
  let first: StampedObjectHealth | undefined;
  for (const rule of match?.matchConditions ?? []) {
    const found = objectCondition(object, rule.type);
    if (!found || found.status !== rule.status) return undefined;
    first ??= {
      status: 'True',
      reason: 'MatchedCondition',
      message: conditionMessage(found),
    };
  }
  for (const rule of match?.matchFields ?? []) {
    const result = matchFieldRequirement(object, rule);
    if (result.error || !result.matched) return undefined;
    first ??= {
      status: 'True',
      reason: 'MatchedField',
      message: fieldMessage(object, rule),
    };
  }
  // Like Cartographer: an empty healthy match is a match.
  return first ?? { status: 'True', reason: '', message: '' };
}

/**
 * Evaluates a template's health rule on one stamped object, as Cartographer
 * does for every object an immutable or tekton-lifecycle template keeps
 * (`DetermineStampedObjectHealth` and the rule's messages in its
 * healthcheck package). Without a rule an existing object is healthy.
 * @public
 */
export function stampedObjectHealth(
  rule: HealthRule | undefined,
  object: Stamped | undefined,
): StampedObjectHealth {
  if (!object) return { status: 'Unknown', reason: 'NoStampedObject' };
  if (!rule || rule.alwaysHealthy) {
    return { status: 'True', reason: 'AlwaysHealthy' };
  }
  if (rule.singleConditionType) {
    const type = rule.singleConditionType;
    const found = objectCondition(object, type);
    if (!found) {
      return {
        status: 'Unknown',
        reason: `${type}Condition`,
        message: `condition with type [${type}] not found on resource status`,
      };
    }
    return {
      status:
        found.status === 'True' || found.status === 'False'
          ? found.status
          : 'Unknown',
      reason: `${type}Condition`,
      message: found.message,
    };
  }
  if (rule.multiMatch) {
    return (
      anyUnhealthy(rule.multiMatch.unhealthy, object) ??
      allHealthy(rule.multiMatch.healthy, object) ?? {
        status: 'Unknown',
        reason: 'NoMatchesFulfilled',
      }
    );
  }
  return { status: 'Unknown', reason: 'Unknown' };
}
