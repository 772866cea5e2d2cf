/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ClusterSupplyChain } from '../types';
import {
  APPROVAL_ANNOTATIONS,
  approvalApplyBody,
  approvalChangeRefusal,
  ApprovalSettings,
  decideApproval,
} from './approval';
import {
  parseSupplyChainResourceRef,
  supplyChainResourceRef,
} from '../permissions';

const LABEL = 'cartographer.backstage.io/approved';

function chain(
  labels: Record<string, string> = {},
  annotations: Record<string, string> = {},
): ClusterSupplyChain {
  return {
    kind: 'ClusterSupplyChain',
    metadata: { name: 'web', labels, annotations },
    spec: { resources: [] },
  };
}

const labelOnly: ApprovalSettings = { label: LABEL, allowList: {} };
const both: ApprovalSettings = { label: LABEL, allowList: { local: ['web'] } };
const everywhere: ApprovalSettings = { allowList: { '*': ['web'] } };
const none: ApprovalSettings = { allowList: {} };

describe('decideApproval', () => {
  it.each([
    [
      'the label, with who approved',
      labelOnly,
      chain(
        { [LABEL]: 'true' },
        {
          [APPROVAL_ANNOTATIONS.approvedBy]: 'user:default/guest',
          [APPROVAL_ANNOTATIONS.approvedAt]: '2026-12-01T12:00:00.000Z',
        },
      ),
      {
        approved: true,
        mechanism: 'label',
        by: 'user:default/guest',
        at: '2026-12-01T12:00:00.000Z',
      },
    ],
    [
      'a label set with kubectl (nobody recorded)',
      labelOnly,
      chain({ [LABEL]: 'true' }),
      { approved: true, mechanism: 'label', by: undefined },
    ],
    [
      'a revoked label, with who revoked',
      labelOnly,
      chain(
        { [LABEL]: 'false' },
        { [APPROVAL_ANNOTATIONS.revokedBy]: 'user:default/guest' },
      ),
      {
        approved: false,
        mechanism: 'none',
        reason: 'approval revoked by user:default/guest',
        by: 'user:default/guest',
      },
    ],
    [
      'the allow-list, which wins over a revoked label',
      both,
      chain({ [LABEL]: 'false' }),
      { approved: true, mechanism: 'allowList' },
    ],
    [
      'the allow-list for every cluster',
      everywhere,
      chain(),
      { approved: true, mechanism: 'allowList' },
    ],
    [
      'neither',
      labelOnly,
      chain(),
      {
        approved: false,
        mechanism: 'none',
        reason: 'not approved by an operator',
      },
    ],
    [
      'nothing configured',
      none,
      chain({ [LABEL]: 'true' }),
      {
        approved: false,
        mechanism: 'none',
        reason: 'approval is not configured',
      },
    ],
  ])('approves by %s', (_, settings, blueprint, expected) => {
    expect(decideApproval(settings, 'local', blueprint)).toMatchObject(
      expected,
    );
  });

  it('applies a cluster allow-list to that cluster only', () => {
    expect(decideApproval(both, 'other', chain())).toMatchObject({
      approved: false,
      mechanism: 'none',
    });
  });
});

describe('approvalChangeRefusal', () => {
  it.each([
    ['an allow-listed chain', both, 'local', /config allow-list/],
    ['no label configured', everywhere, 'local', /config allow-list/],
    ['no label and not listed', none, 'local', /approval\.label/],
  ])('refuses %s', (_, settings, cluster, expected) => {
    expect(approvalChangeRefusal(settings, cluster, 'web')).toMatch(expected);
  });

  it.each([
    ['a label-approved chain', labelOnly, 'local'],
    ['a chain another cluster lists', both, 'other'],
  ])('allows %s', (_, settings, cluster) => {
    expect(approvalChangeRefusal(settings, cluster, 'web')).toBeUndefined();
  });
});

describe('approvalApplyBody', () => {
  const change = {
    name: 'web',
    actor: 'user:default/guest',
    at: '2026-12-01T12:00:00.000Z',
  };

  it('approves with the label and who approved, and nothing about revoking', () => {
    const body = approvalApplyBody(LABEL, { ...change, approved: true });
    expect(body.metadata).toEqual({
      name: 'web',
      labels: { [LABEL]: 'true' },
      annotations: {
        [APPROVAL_ANNOTATIONS.approvedBy]: 'user:default/guest',
        [APPROVAL_ANNOTATIONS.approvedAt]: '2026-12-01T12:00:00.000Z',
      },
    });
  });

  it('revokes with label "false" and who revoked, and no approved-by', () => {
    const body = approvalApplyBody(LABEL, { ...change, approved: false });
    expect(body.metadata.labels).toEqual({ [LABEL]: 'false' });
    expect(body.metadata.annotations).toEqual({
      [APPROVAL_ANNOTATIONS.revokedBy]: 'user:default/guest',
      [APPROVAL_ANNOTATIONS.revokedAt]: '2026-12-01T12:00:00.000Z',
    });
  });
});

describe('supply chain resource refs', () => {
  it.each([
    ['local/web', { cluster: 'local', name: 'web' }],
    ['local', undefined],
    ['local/', undefined],
    ['a/b/c', undefined],
  ])('parses %s', (ref, expected) => {
    expect(parseSupplyChainResourceRef(ref)).toEqual(expected);
  });

  it('round-trips', () => {
    expect(
      parseSupplyChainResourceRef(supplyChainResourceRef('local', 'web')),
    ).toEqual({ cluster: 'local', name: 'web' });
  });
});
