/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  Blueprint,
  Condition,
  Deliverable,
  Owner,
  RealizedResource,
  Workload,
} from '../types';

/**
 * What kind of problem blocks an owner, if any.
 * @public
 */
export type DiagnosisCategory =
  | 'healthy'
  | 'selection'
  | 'chainNotReady'
  | 'submission'
  | 'serviceAccount'
  | 'waitingForOutput'
  | 'unhealthy'
  | 'stale'
  | 'unknown';

/**
 * Where a Workload or Deliverable stands and, when it is not Ready, the first
 * thing that blocks it.
 * @public
 */
export interface Diagnosis {
  state: 'ready' | 'failed' | 'pending' | 'unknown';
  category: DiagnosisCategory;
  /** The first blocking stage in chain order, when one is to blame. */
  stage?: string;
  /** One line a developer can act on. */
  summary: string;
  /** The condition reason the diagnosis rests on. */
  reason?: string;
  /** The raw condition message, never dropped: reasons alone mislead (UnknownError). */
  message?: string;
  /** True when the status may describe an older spec or an older selection. */
  staleStatus: boolean;
}

interface OwnerVocabulary {
  noun: 'workload' | 'deliverable';
  blueprint: 'supply chain' | 'delivery';
  blueprints: 'supply chains' | 'deliveries';
  selectionCondition: 'SupplyChainReady' | 'DeliveryReady';
  selectionReasons: string[];
}

const WORKLOAD: OwnerVocabulary = {
  noun: 'workload',
  blueprint: 'supply chain',
  blueprints: 'supply chains',
  selectionCondition: 'SupplyChainReady',
  selectionReasons: [
    'WorkloadLabelsMissing',
    'SupplyChainNotFound',
    'MultipleSupplyChainMatches',
  ],
};
const DELIVERABLE: OwnerVocabulary = {
  noun: 'deliverable',
  blueprint: 'delivery',
  blueprints: 'deliveries',
  selectionCondition: 'DeliveryReady',
  selectionReasons: [
    'DeliverableLabelsMissing',
    'DeliveryNotFound',
    'MultipleDeliveryMatches',
  ],
};

function condition(conditions: Condition[] | undefined, type: string) {
  return conditions?.find(c => c.type === type);
}

function orderedResources(
  owner: Owner,
  blueprint?: Blueprint,
): RealizedResource[] {
  const resources = owner.status?.resources ?? [];
  if (!blueprint) {
    return resources;
  }
  const order = blueprint.spec.resources.map(r => r.name);
  const rank = (name: string) =>
    order.includes(name) ? order.indexOf(name) : order.length;
  return [...resources].sort((a, b) => rank(a.name) - rank(b.name));
}

/** The first stage (chain order) whose condition of this type has one of the statuses. */
function firstWith(
  resources: RealizedResource[],
  type: string,
  status: Condition['status'],
) {
  return resources.find(r => condition(r.conditions, type)?.status === status);
}

/**
 * A stage a message names may be blamed only while it is not settled: never
 * a stage whose own conditions are all True (its status is newer than the
 * message, or the message is about something else).
 */
function unsettledStage(resources: RealizedResource[], name?: string) {
  if (!name) return undefined;
  const resource = resources.find(r => r.name === name);
  const settled =
    !!resource?.conditions?.length &&
    resource.conditions.every(c => c.status === 'True');
  return settled ? undefined : name;
}

/** Cartographer's messages name the resource as "resource [name]". */
function stageFromMessage(resources: RealizedResource[], message?: string) {
  return unsettledStage(
    resources,
    message?.match(/resource \[([^\]]+)\]/)?.[1],
  );
}

function selectionSummary(reason: string | undefined, v: OwnerVocabulary) {
  if (reason?.endsWith('LabelsMissing')) {
    return `The ${v.noun} has no labels, so no ${v.blueprint} can select it: add the labels a ${v.blueprint} selects on.`;
  }
  if (reason?.startsWith('Multiple')) {
    return `Several ${v.blueprints} match this ${v.noun} equally: make its labels more specific, or ask an operator to narrow a ${v.blueprint}'s selector.`;
  }
  return `No ${v.blueprint} selects this ${v.noun}'s labels: check the labels against the ${v.blueprints}' selectors.`;
}

function isPermissionProblem(reason?: string, message?: string) {
  return (
    reason === 'ServiceAccountError' ||
    reason === 'ServiceAccountTokenError' ||
    /forbidden|cannot (create|patch|get|update)|unauthorized/i.test(
      message ?? '',
    )
  );
}

/** `Ready` alone decides the state, as it does for `kubectl get` and Cartographer's clients. */
function stateOf(ready?: Condition): Diagnosis['state'] {
  switch (ready?.status) {
    case 'True':
      return 'ready';
    case 'False':
      return 'failed';
    case 'Unknown':
      return 'pending';
    default:
      return 'unknown';
  }
}

/**
 * The owner condition Cartographer rolled up into `Ready`. Its condition
 * manager copies the reason and message of a False condition (or, failing
 * that, of the first Unknown one) into `Ready`, so the condition that agrees
 * with `Ready` in status, reason and message is the cause; without an exact
 * match, the first in chain order that agrees in status.
 */
function causeOfReady(
  conditions: Condition[],
  ready: Condition | undefined,
  v: OwnerVocabulary,
): Condition | undefined {
  const dependents = [
    v.selectionCondition,
    'ResourcesSubmitted',
    'ResourcesHealthy',
  ]
    .map(type => condition(conditions, type))
    .filter((c): c is Condition => !!c);
  const agreeing = (status: Condition['status']) =>
    dependents.filter(c => c.status === status);
  let candidates: Condition[];
  if (ready?.status === 'True') return undefined;
  if (ready) {
    candidates = agreeing(ready.status);
  } else {
    // Not a state Cartographer writes; explain the worst condition there is.
    candidates = agreeing('False');
    if (candidates.length === 0) candidates = agreeing('Unknown');
  }
  return (
    candidates.find(
      c =>
        c.reason === ready?.reason &&
        (c.message ?? '') === (ready?.message ?? ''),
    ) ?? candidates[0]
  );
}

interface Context {
  owner: Owner;
  blueprint?: Blueprint;
  v: OwnerVocabulary;
  state: Diagnosis['state'];
  resources: RealizedResource[];
  behind: boolean;
}

function selectionDiagnosis(cause: Condition, c: Context): Diagnosis {
  const { owner, blueprint, v } = c;
  // Cartographer keeps the old chain and resources when selection fails.
  const keptOld = !!(
    owner.status?.resources?.length ||
    (owner as Workload).status?.supplyChainRef?.name ||
    (owner as Deliverable).status?.deliveryRef?.name
  );
  const common = {
    state: c.state,
    reason: cause.reason,
    message: cause.message,
    staleStatus: keptOld || c.behind,
  };
  if (v.selectionReasons.includes(cause.reason ?? '')) {
    return {
      ...common,
      category: 'selection',
      summary: selectionSummary(cause.reason, v),
    };
  }
  const chainName =
    blueprint?.metadata?.name ??
    (owner as Workload).status?.supplyChainRef?.name ??
    (owner as Deliverable).status?.deliveryRef?.name;
  return {
    ...common,
    category: 'chainNotReady',
    summary: `The selected ${v.blueprint}${chainName ? ` ${chainName}` : ''} is not ready${cause.message ? `: ${cause.message}` : ''}.`,
  };
}

function submissionDiagnosis(cause: Condition, c: Context): Diagnosis {
  const { resources, v } = c;
  const stage =
    firstWith(resources, 'ResourceSubmitted', cause.status)?.name ??
    stageFromMessage(resources, cause.message) ??
    firstWith(resources, 'ResourceSubmitted', 'False')?.name ??
    firstWith(resources, 'ResourceSubmitted', 'Unknown')?.name;
  const where = stage ? `Stage ${stage}` : `A stage`;
  const common = {
    state: c.state,
    stage,
    reason: cause.reason,
    message: cause.message,
    staleStatus: c.behind,
  };
  if (cause.status === 'Unknown') {
    return {
      ...common,
      category: 'waitingForOutput',
      summary: `${where} is waiting for a value its template reads from the stamped object.`,
    };
  }
  if (isPermissionProblem(cause.reason, cause.message)) {
    return {
      ...common,
      category: 'serviceAccount',
      summary: `${where} could not be created with the ${v.noun}'s service account: check that it exists and its RBAC allows the stamped kind.`,
    };
  }
  return {
    ...common,
    category: 'submission',
    summary: `${where} could not be stamped: ${cause.message || cause.reason || 'no message from Cartographer'}.`,
  };
}

function healthDiagnosis(cause: Condition, c: Context): Diagnosis {
  const { resources } = c;
  const blamed =
    firstWith(resources, 'Healthy', cause.status) ??
    resources.find(r => r.name === stageFromMessage(resources, cause.message));
  const stageHealth = condition(blamed?.conditions, 'Healthy');
  const message = stageHealth?.message || cause.message;
  const common = {
    state: c.state,
    stage: blamed?.name,
    reason: stageHealth?.reason ?? cause.reason,
    message,
    staleStatus: c.behind,
  };
  const name = blamed?.name ?? '(unknown)';
  if (cause.status === 'False') {
    return {
      ...common,
      category: 'unhealthy',
      summary: `Stage ${name} is unhealthy${message ? `: ${message}` : ''}.`,
    };
  }
  return {
    ...common,
    category: 'waitingForOutput',
    summary: `Stage ${name} has not produced its outputs yet.`,
  };
}

function diagnose(
  owner: Owner,
  blueprint: Blueprint | undefined,
  v: OwnerVocabulary,
): Diagnosis {
  const conditions = owner.status?.conditions ?? [];
  const generation = owner.metadata?.generation;
  const observed = owner.status?.observedGeneration;
  const behind =
    generation !== undefined &&
    observed !== undefined &&
    observed !== generation;
  if (conditions.length === 0) {
    return {
      state: 'unknown',
      category: 'unknown',
      summary: `Cartographer has not reported on this ${v.noun} yet: is the controller running?`,
      staleStatus: false,
    };
  }

  const ready = condition(conditions, 'Ready');
  const state = stateOf(ready);
  if (ready?.status === 'True') {
    return {
      state,
      category: behind ? 'stale' : 'healthy',
      summary: behind
        ? `Ready, but Cartographer has not processed the latest change yet (generation ${generation}, observed ${observed}).`
        : `The ${v.noun} is Ready.`,
      reason: ready.reason,
      message: ready.message,
      staleStatus: behind,
    };
  }

  const context: Context = {
    owner,
    blueprint,
    v,
    state,
    resources: orderedResources(owner, blueprint),
    behind,
  };
  const cause = causeOfReady(conditions, ready, v);
  switch (cause?.type) {
    case v.selectionCondition:
      return selectionDiagnosis(cause, context);
    case 'ResourcesSubmitted':
      return submissionDiagnosis(cause, context);
    case 'ResourcesHealthy':
      return healthDiagnosis(cause, context);
    default:
      return {
        state,
        category: behind ? 'stale' : 'unknown',
        stage: stageFromMessage(context.resources, ready?.message),
        summary: ready?.message
          ? `Not ready: ${ready.message}`
          : `The ${v.noun} is not ready yet.`,
        reason: ready?.reason,
        message: ready?.message,
        staleStatus: behind,
      };
  }
}

/**
 * Diagnoses a Workload: its overall state and, when not Ready, the first
 * blocking cause in chain order with a one-line explanation and the raw
 * message.
 * @public
 */
export function diagnoseWorkload(
  workload: Workload,
  supplyChain?: Blueprint,
): Diagnosis {
  return diagnose(workload, supplyChain, WORKLOAD);
}

/**
 * Diagnoses a Deliverable against its ClusterDelivery.
 * @public
 */
export function diagnoseDeliverable(
  deliverable: Deliverable,
  delivery?: Blueprint,
): Diagnosis {
  return diagnose(deliverable, delivery, DELIVERABLE);
}
