/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Diagnosis } from '../diagnosis';

/**
 * What the backend remembers per Workload or Deliverable between changes
 * (in its database, so a restart or another replica knows it too).
 * @public
 */
export interface NotificationRecord {
  /** The last settled state seen: ready or failed; pending states are not settled. */
  observed: 'ready' | 'failed';
  /** The last transition its owners were told about, if any. */
  notified?: 'failed' | 'recovered';
  /** When the last failure notification went out (epoch ms), for the quiet period. */
  failureNotifiedAt?: number;
  /** The resourceVersion the record was decided on, to ignore older watch events. */
  resourceVersion?: string;
  /**
   * Set while a replica delivers `notified` (epoch ms of its claim): the
   * transition is decided but not yet sent. Cleared once delivery succeeded;
   * the previous record comes back when it finally failed.
   */
  pendingSince?: number;
}

/**
 * One change of a Workload or Deliverable, as the decision sees it.
 * @public
 */
export interface NotificationInput {
  /** What the database holds for it; undefined when it was never seen. */
  record?: NotificationRecord;
  state: Diagnosis['state'];
  resourceVersion?: string;
  /** Its creationTimestamp (epoch ms). */
  createdAt?: number;
  /**
   * Since when this backend watches (epoch ms). A never-seen object created
   * before then existed already: its state is taken as the baseline, so a
   * first list or a restart does not notify the whole fleet.
   */
  watchingSince: number;
  now: number;
  /** A failure within this long of the last failure notification is not notified again. */
  quietPeriodMs: number;
  /**
   * How long a replica's claim to deliver stands. Past it, the claimer is
   * taken to have stopped, and another replica delivers again.
   */
  deliveryLeaseMs: number;
}

/**
 * The decision: which notification to send, if any, the record to store,
 * and when to look again (a failure held back by the quiet period is sent
 * if it still stands when the period ends).
 * @public
 */
export interface NotificationDecision {
  send?: 'failed' | 'recovered';
  /** The record to store; undefined when nothing changed. */
  record?: NotificationRecord;
  recheckAt?: number;
}

/** etcd's resourceVersions are increasing integers; anything else is never "older". */
function isOlder(version?: string, than?: string): boolean {
  const a = Number(version);
  const b = Number(than);
  return (
    version !== undefined &&
    than !== undefined &&
    Number.isSafeInteger(a) &&
    Number.isSafeInteger(b) &&
    // Strictly older: the same version is decided again when a failure held
    // back by the quiet period is looked at once the period ends.
    a < b
  );
}

/**
 * Decides what a change of a Workload or Deliverable tells its owners:
 * a failure when it goes from ready (or from new) to failed, one recovery
 * when a notified failure clears, nothing for pending states, for states
 * seen before, or for a failure inside the quiet period after the last one.
 * A decision to send stores a claim (`pendingSince`): the record says sent
 * only once `confirmDelivery` replaces it. While another replica's claim
 * stands, nothing is decided; look again when it ends.
 * @public
 */
export function decideNotification(
  input: NotificationInput,
): NotificationDecision {
  const { record, now } = input;
  if (record?.pendingSince !== undefined && record.notified) {
    const leaseEnd = record.pendingSince + input.deliveryLeaseMs;
    if (now < leaseEnd) return { recheckAt: leaseEnd };
    // Its claimer stopped before confirming: deliver again. The
    // notification's scope makes a repeat update the one already sent.
    return { send: record.notified, record: { ...record, pendingSince: now } };
  }
  const decision = decideTransition(input);
  return decision.send && decision.record
    ? { ...decision, record: { ...decision.record, pendingSince: now } }
    : decision;
}

/**
 * The record once the claimed notification was delivered: it now says sent.
 * @public
 */
export function confirmDelivery(claim: NotificationRecord): NotificationRecord {
  const { pendingSince: _delivered, ...record } = claim;
  return record;
}

/**
 * The record when the claimed notification could not be delivered: the one
 * before the claim, so the next change decides (and sends) it again. A new
 * object had none: it is remembered as observed and never notified.
 * @public
 */
export function releaseClaim(
  previous: NotificationRecord | undefined,
  claim: NotificationRecord,
): NotificationRecord {
  return previous ?? { observed: claim.observed };
}

function decideTransition(input: NotificationInput): NotificationDecision {
  const { record, state, resourceVersion, now } = input;
  if (state !== 'ready' && state !== 'failed') return {};
  if (record && isOlder(resourceVersion, record.resourceVersion)) return {};
  const observed = { observed: state, resourceVersion } as const;

  if (!record) {
    const existedBefore =
      input.createdAt === undefined || input.createdAt < input.watchingSince;
    if (state === 'ready' || existedBefore) return { record: observed };
    return {
      send: 'failed',
      record: { ...observed, notified: 'failed', failureNotifiedAt: now },
    };
  }

  const kept = {
    notified: record.notified,
    failureNotifiedAt: record.failureNotifiedAt,
  };
  if (state === 'ready') {
    if (record.notified === 'failed') {
      return {
        send: 'recovered',
        record: { ...kept, ...observed, notified: 'recovered' },
      };
    }
    return record.observed === 'ready'
      ? {}
      : { record: { ...kept, ...observed } };
  }

  if (record.notified === 'failed') {
    return record.observed === 'failed'
      ? {}
      : { record: { ...kept, ...observed } };
  }
  const quietUntil =
    (record.failureNotifiedAt ?? -Infinity) + input.quietPeriodMs;
  if (now < quietUntil) {
    return {
      record:
        record.observed === 'failed' ? undefined : { ...kept, ...observed },
      recheckAt: quietUntil,
    };
  }
  return {
    send: 'failed',
    record: { ...observed, notified: 'failed', failureNotifiedAt: now },
  };
}
