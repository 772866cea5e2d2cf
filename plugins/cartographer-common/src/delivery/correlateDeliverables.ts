/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { LABELS } from '../types/constants';

/** Where an object lives, across the fleet. @public */
export interface FleetObjectRef {
  cluster: string;
  namespace: string;
  name: string;
}

/** A Deliverable as the correlation sees it. @public */
export interface DeliverableCandidate extends FleetObjectRef {
  labels?: Record<string, string>;
}

/** A Workload as the correlation sees it. @public */
export interface WorkloadCandidate extends FleetObjectRef {
  /** The Deliverable its own supply chain stamped on its cluster, if any. */
  stampedDeliverable?: { namespace?: string; name?: string };
}

/**
 * How a Deliverable was tied to its workload: the Workload stamped it on
 * its own cluster, the `carto.run/workload-*` labels Cartographer and the
 * stock deliverable templates set name it, or (no such labels) it has the
 * workload's name and namespace.
 * @public
 */
export type DeliverableMatch = 'stampedRef' | 'labels' | 'name';

/**
 * The workload (namespace and name, on any cluster) a Deliverable belongs
 * to, and by what evidence: its workload labels, else its own name and
 * namespace (the convention GitOps hand-overs follow).
 * @public
 */
export function deliverableOwner(deliverable: DeliverableCandidate): {
  namespace: string;
  name: string;
  by: 'labels' | 'name';
} {
  const name = deliverable.labels?.[LABELS.workloadName];
  if (name) {
    return {
      name,
      // Cartographer always sets both; a hand-written copy may drop the
      // namespace, which then defaults to where the Deliverable sits.
      namespace:
        deliverable.labels?.[LABELS.workloadNamespace] ?? deliverable.namespace,
      by: 'labels',
    };
  }
  return {
    namespace: deliverable.namespace,
    name: deliverable.name,
    by: 'name',
  };
}

/**
 * How one Deliverable matches a workload, or undefined. Labels win over
 * names: a Deliverable labelled for another workload never matches by name.
 * @public
 */
export function matchDeliverable(
  workload: WorkloadCandidate,
  deliverable: DeliverableCandidate,
): DeliverableMatch | undefined {
  const stamped = workload.stampedDeliverable;
  if (
    stamped &&
    deliverable.cluster === workload.cluster &&
    (stamped.namespace ?? workload.namespace) === deliverable.namespace &&
    stamped.name === deliverable.name
  ) {
    return 'stampedRef';
  }
  const owner = deliverableOwner(deliverable);
  if (owner.namespace !== workload.namespace || owner.name !== workload.name) {
    return undefined;
  }
  return owner.by;
}

/**
 * Every Deliverable of a workload, across all clusters, each with how it
 * matched; in the order given (callers pass clusters in fleet order).
 * @public
 */
export function deliverablesOfWorkload<T extends DeliverableCandidate>(
  workload: WorkloadCandidate,
  deliverables: readonly T[],
): Array<{ deliverable: T; match: DeliverableMatch }> {
  return deliverables.flatMap(deliverable => {
    const match = matchDeliverable(workload, deliverable);
    return match ? [{ deliverable, match }] : [];
  });
}

/**
 * The workloads (on any cluster) one Deliverable belongs to; empty when its
 * workload is gone from every cluster (or it never had one).
 * @public
 */
export function workloadsOfDeliverable<T extends WorkloadCandidate>(
  deliverable: DeliverableCandidate,
  workloads: readonly T[],
): T[] {
  return workloads.filter(w => matchDeliverable(w, deliverable) !== undefined);
}
