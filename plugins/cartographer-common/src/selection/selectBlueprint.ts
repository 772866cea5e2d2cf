/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  Blueprint,
  BlueprintSpec,
  ClusterDelivery,
  ClusterSupplyChain,
  Deliverable,
  Owner,
  Selector,
  Workload,
} from '../types';
import { bestSelectorMatch } from './bestSelectorMatch';
import { SelectorTermResult } from './types';

/**
 * How one candidate blueprint fared.
 * @public
 */
export interface SelectionCandidate {
  name: string;
  matched: boolean;
  score: number;
  /** True for the chosen chain and for chains tied at the top. */
  best: boolean;
  terms: SelectorTermResult[];
}

/**
 * The outcome of Cartographer's blueprint selection for one owner.
 * @public
 */
export interface SelectionResult<T extends Blueprint = Blueprint> {
  outcome: 'selected' | 'none' | 'ambiguous' | 'labelsMissing' | 'error';
  /** The chosen blueprint, only when `outcome` is `selected`. */
  selected?: T;
  /** A human explanation of the outcome. */
  message: string;
  /** Every blueprint, in the order given, with its score and terms. */
  candidates: SelectionCandidate[];
}

/** The three legacy top-level fields, read as one selector. @public */
export function blueprintSelector(spec: BlueprintSpec | undefined): Selector {
  return {
    matchLabels: spec?.selector,
    matchExpressions: spec?.selectorMatchExpressions,
    matchFields: spec?.selectorMatchFields,
  };
}

function formatLabels(labels: Record<string, string>) {
  return `map[${Object.keys(labels)
    .sort()
    .map(k => `${k}:${labels[k]}`)
    .join(' ')}]`;
}

function selectBlueprint<T extends Blueprint>(
  owner: Owner,
  blueprints: T[],
  noun: { kind: string; owner: string },
): SelectionResult<T> {
  const { best, matches, error } = bestSelectorMatch(
    owner,
    blueprints.map(b => blueprintSelector(b.spec)),
  );
  const names = blueprints.map(b => b.metadata?.name ?? '');
  const candidates = matches.map((m, i) => ({
    name: names[i],
    matched: m.matched,
    score: m.score,
    best: best.includes(i),
    terms: m.terms,
  }));
  const labels = owner.metadata?.labels ?? {};

  // Cartographer stops before matching when the owner has no labels at all,
  // even if a chain selects only on fields (vmware-tanzu/cartographer#868).
  if (Object.keys(labels).length === 0) {
    return {
      outcome: 'labelsMissing',
      message: `${noun.owner} has no labels to match to a ${noun.kind}`,
      candidates,
    };
  }
  if (error) {
    return {
      outcome: 'error',
      message: `error handling selectors, selectorMatchExpressions or selectorMatchFields of [${
        blueprints[error.index].kind ?? noun.kind
      }/${names[error.index]}]: ${error.message}`,
      candidates,
    };
  }
  if (best.length === 0) {
    return {
      outcome: 'none',
      message: `no ${noun.kind} found where full selector is satisfied by labels: ${formatLabels(labels)}`,
      candidates,
    };
  }
  if (best.length > 1) {
    return {
      outcome: 'ambiguous',
      message: `${noun.owner} may only match a single ${noun.kind}'s selector, but ${best
        .map(i => names[i])
        .join(', ')} match equally (score ${matches[best[0]].score})`,
      candidates,
    };
  }
  return {
    outcome: 'selected',
    selected: blueprints[best[0]],
    message: `selected ${noun.kind} ${names[best[0]]} (score ${matches[best[0]].score})`,
    candidates,
  };
}

/**
 * Chooses the ClusterSupplyChain for a Workload exactly as Cartographer does.
 * @public
 */
export function selectSupplyChain(
  workload: Workload,
  supplyChains: ClusterSupplyChain[],
): SelectionResult<ClusterSupplyChain> {
  return selectBlueprint(workload, supplyChains, {
    kind: 'supply chain',
    owner: 'workload',
  });
}

/**
 * Chooses the ClusterDelivery for a Deliverable exactly as Cartographer does.
 * @public
 */
export function selectDelivery(
  deliverable: Deliverable,
  deliveries: ClusterDelivery[],
): SelectionResult<ClusterDelivery> {
  return selectBlueprint(deliverable, deliveries, {
    kind: 'delivery',
    owner: 'deliverable',
  });
}
