/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  readyWorkload,
  resourceConditions,
  workshopChain,
} from '../__fixtures__/workshop';
import {
  Condition,
  Deliverable,
  Owner,
  RealizedResource,
  Workload,
} from '../types';
import { Diagnosis, diagnoseDeliverable, diagnoseWorkload } from './diagnose';

type Status = Condition['status'] | 'absent';
const STATUSES: Status[] = ['True', 'False', 'Unknown', 'absent'];

/** Every combination of the four owner conditions: 4⁴ = 256 rows. */
const COMBINATIONS = STATUSES.flatMap(selection =>
  STATUSES.flatMap(submitted =>
    STATUSES.flatMap(healthy =>
      STATUSES.map(ready => ({ selection, submitted, healthy, ready })),
    ),
  ),
);
type Combination = (typeof COMBINATIONS)[number];

/** Categories that can explain each state without contradicting it. */
const AGREEING: Record<Diagnosis['state'], Diagnosis['category'][]> = {
  ready: ['healthy', 'stale'],
  failed: [
    'selection',
    'chainNotReady',
    'submission',
    'serviceAccount',
    'unhealthy',
    'unknown',
    'stale',
  ],
  pending: ['chainNotReady', 'waitingForOutput', 'unknown', 'stale'],
  unknown: [
    'selection',
    'chainNotReady',
    'submission',
    'serviceAccount',
    'unhealthy',
    'waitingForOutput',
    'unknown',
    'stale',
  ],
};

const EXPECTED_STATE: Record<Status, Diagnosis['state']> = {
  True: 'ready',
  False: 'failed',
  Unknown: 'pending',
  absent: 'unknown',
};

function ownerCondition(type: string, status: Status): Condition | undefined {
  if (status === 'absent') return undefined;
  return {
    type,
    status,
    reason: status === 'True' ? 'Ready' : `${type}${status}`,
    // Names a stage whose own conditions are all True: the diagnosis must
    // not blame it from the message alone.
    message:
      status === 'True'
        ? ''
        : `${type} is ${status} for resource [source-provider]`,
  };
}

/**
 * Ready as Cartographer's condition manager derives it from its dependents
 * (the last False one, else the first Unknown one), unless the row sets
 * Ready to something else: then a generic reason.
 */
function readyCondition(
  status: Status,
  dependents: Condition[],
): Condition | undefined {
  if (status === 'absent') return undefined;
  const source =
    status === 'False'
      ? dependents.filter(c => c.status === 'False').at(-1)
      : dependents.find(c => c.status === status);
  return {
    type: 'Ready',
    status,
    reason: source?.reason ?? (status === 'True' ? 'Ready' : 'Other'),
    message: source?.message ?? (status === 'True' ? '' : 'something else'),
  };
}

/**
 * Stages: source-provider settled; image-builder carries the row's
 * submission and health statuses (as the stage that caused them would);
 * the rest settled.
 */
function resources(row: Combination, base: RealizedResource[]) {
  const stageStatus = (s: Status): Condition['status'] =>
    s === 'absent' ? 'True' : s;
  return base.map(r =>
    r.name === 'image-builder'
      ? {
          ...r,
          conditions: resourceConditions(
            stageStatus(row.submitted) === 'True' &&
              stageStatus(row.healthy) === 'True'
              ? 'True'
              : 'False',
            {
              reason: 'StageReason',
              message: 'the stage says why',
              submitted: stageStatus(row.submitted),
              healthy: stageStatus(row.healthy),
            },
          ),
        }
      : r,
  );
}

function conditionsFor(row: Combination, selectionType: string) {
  const dependents = [
    ownerCondition(selectionType, row.selection),
    ownerCondition('ResourcesSubmitted', row.submitted),
    ownerCondition('ResourcesHealthy', row.healthy),
  ].filter((c): c is Condition => !!c);
  const ready = readyCondition(row.ready, dependents);
  return ready ? [...dependents, ready] : dependents;
}

function isUnsettled(owner: Owner, stage: string) {
  const resource = owner.status?.resources?.find(r => r.name === stage);
  if (!resource?.conditions?.length) return true;
  return resource.conditions.some(c => c.status !== 'True');
}

/** What contradicts the controller, as sentences (empty when consistent). */
function contradictions(owner: Owner, row: Combination, d: Diagnosis) {
  const found: string[] = [];
  if (d.state !== EXPECTED_STATE[row.ready]) {
    found.push(`state ${d.state} where Ready is ${row.ready}`);
  }
  if (!AGREEING[d.state].includes(d.category)) {
    found.push(`category ${d.category} contradicts state ${d.state}`);
  }
  if (d.stage !== undefined && !isUnsettled(owner, d.stage)) {
    found.push(`blames ${d.stage}, whose conditions are all True`);
  }
  const ready = owner.status?.conditions?.find(c => c.type === 'Ready');
  // Cartographer names its cause in Ready: the diagnosis keeps that
  // message, or the blamed stage's own, more specific one.
  if (
    ready &&
    ready.status !== 'True' &&
    ready.reason !== 'Other' &&
    ![ready.message, 'the stage says why'].includes(d.message)
  ) {
    found.push(`message "${d.message}" is not the controller's`);
  }
  return found;
}

function label(row: Combination) {
  return `selection=${row.selection} submitted=${row.submitted} healthy=${row.healthy} Ready=${row.ready}`;
}

describe('diagnoseWorkload over every combination of owner conditions', () => {
  it.each(COMBINATIONS.map(row => [label(row), row] as const))(
    '%s',
    (_, row) => {
      const workload: Workload = readyWorkload();
      workload.status!.conditions = conditionsFor(row, 'SupplyChainReady');
      workload.status!.resources = resources(row, workload.status!.resources!);
      expect(
        contradictions(
          workload,
          row,
          diagnoseWorkload(workload, workshopChain),
        ),
      ).toEqual([]);

      // Before the first stamp there are no stages to read at all.
      workload.status!.resources = [];
      const bare = diagnoseWorkload(workload, workshopChain);
      expect(bare.state).toBe(EXPECTED_STATE[row.ready]);
      expect(AGREEING[bare.state]).toContain(bare.category);
    },
  );

  it('blames the stage whose health failed and quotes its rule', () => {
    const row: Combination = {
      selection: 'True',
      submitted: 'Unknown',
      healthy: 'False',
      ready: 'False',
    };
    const workload = readyWorkload();
    workload.status!.conditions = conditionsFor(row, 'SupplyChainReady');
    workload.status!.resources = resources(row, workload.status!.resources!);
    expect(diagnoseWorkload(workload, workshopChain)).toMatchObject({
      state: 'failed',
      category: 'unhealthy',
      stage: 'image-builder',
      message: 'the stage says why',
    });
  });
});

describe('diagnoseDeliverable over every combination of owner conditions', () => {
  it.each(COMBINATIONS.map(row => [label(row), row] as const))(
    '%s',
    (_, row) => {
      const base = readyWorkload().status!.resources!;
      const deliverable: Deliverable = {
        kind: 'Deliverable',
        metadata: { name: 'hello', namespace: 'prod', generation: 1 },
        status: {
          observedGeneration: 1,
          deliveryRef: { kind: 'ClusterDelivery', name: 'delivery-basic' },
          conditions: conditionsFor(row, 'DeliveryReady'),
          resources: resources(row, base),
        },
      };
      expect(
        contradictions(deliverable, row, diagnoseDeliverable(deliverable)),
      ).toEqual([]);
    },
  );
});
