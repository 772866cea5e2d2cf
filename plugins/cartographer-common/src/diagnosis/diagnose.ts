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

function firstBlocking(
  resources: RealizedResource[],
  type: string,
  statuses: Condition['status'][],
) {
  return resources.find(r =>
    statuses.includes(condition(r.conditions, type)?.status ?? 'True'),
  );
}

/** Cartographer's messages name the resource as "resource [name]". */
function stageFromMessage(message?: string) {
  return message?.match(/resource \[([^\]]+)\]/)?.[1];
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

  const selection = condition(conditions, v.selectionCondition);
  if (selection?.status === 'False') {
    // Cartographer keeps the old chain and resources when selection fails.
    const keptOld = !!(
      owner.status?.resources?.length ||
      (owner as Workload).status?.supplyChainRef?.name ||
      (owner as Deliverable).status?.deliveryRef?.name
    );
    if (v.selectionReasons.includes(selection.reason ?? '')) {
      return {
        state: 'failed',
        category: 'selection',
        summary: selectionSummary(selection.reason, v),
        reason: selection.reason,
        message: selection.message,
        staleStatus: keptOld || behind,
      };
    }
    const chainName =
      blueprint?.metadata?.name ??
      (owner as Workload).status?.supplyChainRef?.name ??
      (owner as Deliverable).status?.deliveryRef?.name;
    return {
      state: 'failed',
      category: 'chainNotReady',
      summary: `The selected ${v.blueprint}${chainName ? ` ${chainName}` : ''} is not ready${selection.message ? `: ${selection.message}` : ''}.`,
      reason: selection.reason,
      message: selection.message,
      staleStatus: keptOld || behind,
    };
  }

  const resources = orderedResources(owner, blueprint);
  const submitted = condition(conditions, 'ResourcesSubmitted');
  if (submitted && submitted.status !== 'True') {
    const stage =
      firstBlocking(resources, 'ResourceSubmitted', ['False', 'Unknown'])
        ?.name ?? stageFromMessage(submitted.message);
    const where = stage ? `Stage ${stage}` : `A stage`;
    if (
      submitted.reason === 'MissingValueAtPath' ||
      submitted.status === 'Unknown'
    ) {
      return {
        state: 'pending',
        category: 'waitingForOutput',
        stage,
        summary: `${where} is waiting for a value its template reads from the stamped object.`,
        reason: submitted.reason,
        message: submitted.message,
        staleStatus: behind,
      };
    }
    if (isPermissionProblem(submitted.reason, submitted.message)) {
      return {
        state: 'failed',
        category: 'serviceAccount',
        stage,
        summary: `${where} could not be created with the ${v.noun}'s service account: check that it exists and its RBAC allows the stamped kind.`,
        reason: submitted.reason,
        message: submitted.message,
        staleStatus: behind,
      };
    }
    return {
      state: 'failed',
      category: 'submission',
      stage,
      summary: `${where} could not be stamped: ${submitted.message || submitted.reason || 'no message from Cartographer'}.`,
      reason: submitted.reason,
      message: submitted.message,
      staleStatus: behind,
    };
  }

  const healthy = condition(conditions, 'ResourcesHealthy');
  if (healthy && healthy.status !== 'True') {
    const unhealthy = firstBlocking(resources, 'Healthy', ['False']);
    if (healthy.status === 'False' || unhealthy) {
      const stageHealth = condition(unhealthy?.conditions, 'Healthy');
      return {
        state: 'failed',
        category: 'unhealthy',
        stage: unhealthy?.name,
        summary: `Stage ${unhealthy?.name ?? '(unknown)'} is unhealthy${stageHealth?.message ? `: ${stageHealth.message}` : ''}.`,
        reason: stageHealth?.reason ?? healthy.reason,
        message: stageHealth?.message ?? healthy.message,
        staleStatus: behind,
      };
    }
    const waiting = firstBlocking(resources, 'Healthy', ['Unknown']);
    const stageHealth = condition(waiting?.conditions, 'Healthy');
    return {
      state: 'pending',
      category: 'waitingForOutput',
      stage: waiting?.name,
      summary: `Stage ${waiting?.name ?? '(unknown)'} has not produced its outputs yet.`,
      reason: stageHealth?.reason ?? healthy.reason,
      message: stageHealth?.message ?? healthy.message,
      staleStatus: behind,
    };
  }

  const ready = condition(conditions, 'Ready');
  if (ready?.status === 'True') {
    if (behind) {
      return {
        state: 'pending',
        category: 'stale',
        summary: `Cartographer has not processed the latest change yet (generation ${generation}, observed ${observed}).`,
        reason: ready.reason,
        message: ready.message,
        staleStatus: true,
      };
    }
    return {
      state: 'ready',
      category: 'healthy',
      summary: `The ${v.noun} is Ready.`,
      reason: ready.reason,
      message: ready.message,
      staleStatus: false,
    };
  }
  return {
    state: ready?.status === 'False' ? 'failed' : 'pending',
    category: behind ? 'stale' : 'unknown',
    summary: ready?.message
      ? `Not ready: ${ready.message}`
      : `The ${v.noun} is not ready yet.`,
    reason: ready?.reason,
    message: ready?.message,
    staleStatus: behind,
  };
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
