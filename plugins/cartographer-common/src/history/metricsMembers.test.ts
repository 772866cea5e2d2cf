/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { MetricsEntitySource, metricsMembersFilter } from './metricsMembers';

function entity(
  kind: string,
  name: string,
  namespace?: string,
): MetricsEntitySource {
  return {
    kind,
    metadata: { name, ...(namespace ? { namespace } : {}) },
  };
}

describe('metricsMembersFilter', () => {
  it.each([
    [
      'a System adds up the components part of it',
      entity('System', 'demo-shop'),
      { kind: 'Component', 'relations.partOf': 'system:default/demo-shop' },
    ],
    [
      'a Group adds up the components it owns',
      entity('Group', 'team-payments'),
      { kind: 'Component', 'relations.ownedBy': 'group:default/team-payments' },
    ],
    [
      'a User adds up the components they own, in their namespace',
      entity('User', 'dana', 'people'),
      { kind: 'Component', 'relations.ownedBy': 'user:people/dana' },
    ],
    [
      'the kind is read case-insensitively',
      entity('system', 'demo-shop'),
      { kind: 'Component', 'relations.partOf': 'system:default/demo-shop' },
    ],
    [
      'a Component counts its own workloads',
      entity('Component', 'x'),
      undefined,
    ],
    [
      'a Resource counts its own workloads',
      entity('Resource', 'db'),
      undefined,
    ],
  ])('%s', (_, input, expected) => {
    expect(metricsMembersFilter(input)).toEqual(expected);
  });
});
