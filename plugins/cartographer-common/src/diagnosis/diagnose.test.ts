/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  readyWorkload,
  resourceConditions,
  workshopChain,
} from '../__fixtures__/workshop';
import { Condition, Deliverable, Workload } from '../types';
import { diagnoseDeliverable, diagnoseWorkload } from './diagnose';

function withOwnerConditions(workload: Workload, conditions: Condition[]) {
  workload.status!.conditions = conditions;
  return workload;
}

function failingStage(
  stage: string,
  conditions: Condition[],
  ownerConditions: Condition[],
) {
  const workload = readyWorkload();
  workload.status!.resources!.find(r => r.name === stage)!.conditions =
    conditions;
  return withOwnerConditions(workload, ownerConditions);
}

describe('diagnoseWorkload', () => {
  it('reports a Ready workload as healthy', () => {
    expect(diagnoseWorkload(readyWorkload(), workshopChain)).toEqual({
      state: 'ready',
      category: 'healthy',
      summary: 'The workload is Ready.',
      reason: 'Ready',
      message: undefined,
      staleStatus: false,
    });
  });

  it.each([
    [
      'WorkloadLabelsMissing',
      'workload has no labels to match to supply chain',
      /has no labels/,
    ],
    [
      'SupplyChainNotFound',
      'no supply chain found where full selector is satisfied by labels: map[a:b]',
      /No supply chain selects/,
    ],
    [
      'MultipleSupplyChainMatches',
      "workload may only match a single supply chain's selector",
      /Several supply chains match/,
    ],
  ])(
    'explains the selection failure %s and flags the kept old status',
    (reason, message, summary) => {
      const workload = withOwnerConditions(readyWorkload(), [
        { type: 'SupplyChainReady', status: 'False', reason, message },
        { type: 'Ready', status: 'False', reason, message },
      ]);
      expect(diagnoseWorkload(workload)).toEqual({
        state: 'failed',
        category: 'selection',
        summary: expect.stringMatching(summary),
        reason,
        message,
        staleStatus: true,
      });
    },
  );

  it('reports a chain that is not ready with the chain message', () => {
    const message = 'did not find the template of the resource(s) [deployer]';
    const workload = withOwnerConditions(readyWorkload(), [
      {
        type: 'SupplyChainReady',
        status: 'False',
        reason: 'TemplatesNotFound',
        message,
      },
      { type: 'Ready', status: 'False', reason: 'TemplatesNotFound', message },
    ]);
    expect(diagnoseWorkload(workload, workshopChain)).toMatchObject({
      state: 'failed',
      category: 'chainNotReady',
      summary: `The selected supply chain source-to-url is not ready: ${message}.`,
      reason: 'TemplatesNotFound',
      message,
    });
  });

  it('names the first failing stage of a submission error in chain order', () => {
    const message =
      'unable to stamp object for resource [config-provider]: template rejected';
    const workload = failingStage(
      'config-provider',
      resourceConditions('False', {
        reason: 'TemplateStampFailure',
        message,
        submitted: 'False',
        healthy: 'Unknown',
      }),
      [
        { type: 'SupplyChainReady', status: 'True', reason: 'Ready' },
        {
          type: 'ResourcesSubmitted',
          status: 'False',
          reason: 'TemplateStampFailure',
          message,
        },
        {
          type: 'Ready',
          status: 'False',
          reason: 'TemplateStampFailure',
          message,
        },
      ],
    );
    // Later stages keep stale Ready conditions; the first in chain order is blamed.
    workload.status!.resources!.reverse();
    expect(diagnoseWorkload(workload, workshopChain)).toMatchObject({
      state: 'failed',
      category: 'submission',
      stage: 'config-provider',
      summary: `Stage config-provider could not be stamped: ${message}.`,
      reason: 'TemplateStampFailure',
      message,
    });
  });

  it('keeps the message when options resolve to UnknownError', () => {
    const message =
      'get template name from resource: find matching template option: expected exactly 1 option to match, found [0] matching options [] for resource [source-provider] in supply chain [source-to-url]';
    const workload = withOwnerConditions(readyWorkload(), [
      { type: 'SupplyChainReady', status: 'True', reason: 'Ready' },
      {
        type: 'ResourcesSubmitted',
        status: 'False',
        reason: 'UnknownError',
        message,
      },
      { type: 'Ready', status: 'False', reason: 'UnknownError', message },
    ]);
    workload.status!.resources = [];
    expect(diagnoseWorkload(workload, workshopChain)).toMatchObject({
      category: 'submission',
      stage: 'source-provider',
      message,
    });
  });

  it.each([
    [
      'ServiceAccountError',
      'getting service account [dev/missing]: serviceaccounts "missing" not found',
    ],
    [
      'TemplateRejectedByAPIServer',
      'configmaps is forbidden: User "system:serviceaccount:dev:default" cannot create resource "configmaps"',
    ],
  ])('classifies %s as a service account problem', (reason, message) => {
    const workload = failingStage(
      'source-provider',
      resourceConditions('False', {
        reason,
        message,
        submitted: 'False',
        healthy: 'Unknown',
      }),
      [
        { type: 'SupplyChainReady', status: 'True', reason: 'Ready' },
        { type: 'ResourcesSubmitted', status: 'False', reason, message },
        { type: 'Ready', status: 'False', reason, message },
      ],
    );
    expect(diagnoseWorkload(workload, workshopChain)).toMatchObject({
      category: 'serviceAccount',
      stage: 'source-provider',
      state: 'failed',
      reason,
      message,
    });
  });

  it('reports a stage waiting for an output', () => {
    const message =
      'waiting to read value [.data.image] from object [configmaps/hello-image-builder] in namespace [dev]';
    const workload = failingStage(
      'image-builder',
      resourceConditions('Unknown', {
        reason: 'MissingValueAtPath',
        message,
        submitted: 'Unknown',
        healthy: 'Unknown',
      }),
      [
        { type: 'SupplyChainReady', status: 'True', reason: 'Ready' },
        {
          type: 'ResourcesSubmitted',
          status: 'Unknown',
          reason: 'MissingValueAtPath',
          message,
        },
        {
          type: 'Ready',
          status: 'Unknown',
          reason: 'MissingValueAtPath',
          message,
        },
      ],
    );
    expect(diagnoseWorkload(workload, workshopChain)).toMatchObject({
      state: 'pending',
      category: 'waitingForOutput',
      stage: 'image-builder',
      message,
    });
  });

  // The second row is what Cartographer 0.8.11 writes when the latest object
  // an immutable template stamped fails its health rule: submission waits on
  // outputs no healthy object has, health is False, and Ready copies health.
  it.each([
    [
      'with everything submitted',
      'build failed: tests did not pass',
      { status: 'True', reason: 'ResourceSubmissionComplete' },
    ],
    [
      'while submission waits for an output (immutable lifecycle)',
      'field value: main, message: unknown, error retrieving message path []',
      {
        status: 'Unknown',
        reason: 'MissingValueAtPath',
        message:
          'cannot read value [.data.url] from unhealthy object [configmaps/hello-image-builder-x7k2p] in namespace [dev]',
      },
    ],
  ] as const)(
    'reports the first unhealthy stage with its health message %s',
    (_, message, submitted) => {
      const workload = failingStage(
        'image-builder',
        [
          { type: 'ResourceSubmitted', ...submitted },
          { type: 'Healthy', status: 'False', reason: 'MatchedField', message },
          { type: 'Ready', status: 'False', reason: 'MatchedField', message },
        ],
        [
          { type: 'SupplyChainReady', status: 'True', reason: 'Ready' },
          { type: 'ResourcesSubmitted', ...submitted },
          {
            type: 'ResourcesHealthy',
            status: 'False',
            reason: 'HealthyConditionRule',
            message,
          },
          {
            type: 'Ready',
            status: 'False',
            reason: 'HealthyConditionRule',
            message,
          },
        ],
      );
      expect(diagnoseWorkload(workload, workshopChain)).toEqual({
        state: 'failed',
        category: 'unhealthy',
        stage: 'image-builder',
        summary: `Stage image-builder is unhealthy: ${message}.`,
        reason: 'MatchedField',
        message,
        staleStatus: false,
      });
    },
  );

  it('keeps a Ready workload ready but flags a status older than the spec', () => {
    const workload = readyWorkload();
    workload.metadata!.generation = 3;
    expect(diagnoseWorkload(workload, workshopChain)).toMatchObject({
      state: 'ready',
      category: 'stale',
      summary:
        'Ready, but Cartographer has not processed the latest change yet (generation 3, observed 2).',
      staleStatus: true,
    });
  });

  it('says when Cartographer has not reported at all', () => {
    const workload = readyWorkload();
    workload.status = undefined;
    expect(diagnoseWorkload(workload)).toMatchObject({
      state: 'unknown',
      category: 'unknown',
      staleStatus: false,
    });
  });
});

describe('diagnoseDeliverable', () => {
  it('uses the delivery vocabulary', () => {
    const deliverable: Deliverable = {
      kind: 'Deliverable',
      metadata: { name: 'hello', generation: 1 },
      status: {
        observedGeneration: 1,
        conditions: [
          {
            type: 'DeliveryReady',
            status: 'False',
            reason: 'DeliveryNotFound',
            message:
              'no delivery found where full selector is satisfied by labels: map[]',
          },
          { type: 'Ready', status: 'False', reason: 'DeliveryNotFound' },
        ],
      },
    };
    expect(diagnoseDeliverable(deliverable)).toMatchObject({
      category: 'selection',
      summary:
        "No delivery selects this deliverable's labels: check the labels against the deliveries' selectors.",
    });
  });
});
