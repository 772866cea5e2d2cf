/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/** What of a catalog entity the choice reads. @public */
export interface MetricsEntitySource {
  kind: string;
  metadata: { name: string; namespace?: string };
}

/**
 * Which catalog entities' workloads an entity's delivery metrics add up: a
 * System's are those of the components part of it, a Group's or a User's
 * those of the components it owns (the catalog's own relations, so
 * `spec.system` and `spec.owner` are read as the catalog resolved them);
 * any other entity counts its own workloads. Returns the catalog filter
 * that finds the members, or undefined for the entity itself.
 * @public
 */
export function metricsMembersFilter(
  entity: MetricsEntitySource,
): Record<string, string> | undefined {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  const namespace = entity.metadata.namespace ?? 'default';
  const ref = `${kind}:${namespace}/${entity.metadata.name}`;
  switch (kind) {
    case 'system':
      return { kind: 'Component', 'relations.partOf': ref };
    case 'group':
    case 'user':
      return { kind: 'Component', 'relations.ownedBy': ref };
    default:
      return undefined;
  }
}
