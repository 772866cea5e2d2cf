/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export {
  deliverableOwner,
  deliverablesOfWorkload,
  matchDeliverable,
  workloadsOfDeliverable,
} from './correlateDeliverables';
export type {
  DeliverableCandidate,
  DeliverableMatch,
  FleetObjectRef,
  WorkloadCandidate,
} from './correlateDeliverables';
