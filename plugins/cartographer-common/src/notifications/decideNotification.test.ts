/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  confirmDelivery,
  decideNotification,
  NotificationDecision,
  NotificationInput,
  NotificationRecord,
  releaseClaim,
} from './decideNotification';

const START = 1_000_000;
const NOW = START + 60_000;
const QUIET = 30_000;
const LEASE = 120_000;

const ready: NotificationRecord = { observed: 'ready', resourceVersion: '10' };
const failedNotified: NotificationRecord = {
  observed: 'failed',
  notified: 'failed',
  failureNotifiedAt: NOW - 5_000,
  resourceVersion: '10',
};
const recoveredRecently: NotificationRecord = {
  observed: 'ready',
  notified: 'recovered',
  failureNotifiedAt: NOW - 5_000,
  resourceVersion: '10',
};
const recoveredLongAgo: NotificationRecord = {
  ...recoveredRecently,
  failureNotifiedAt: NOW - QUIET - 1,
};
const heldBack: NotificationRecord = {
  ...recoveredRecently,
  observed: 'failed',
};

function input(partial: Partial<NotificationInput>): NotificationInput {
  return {
    state: 'failed',
    resourceVersion: '11',
    createdAt: START - 1,
    watchingSince: START,
    now: NOW,
    quietPeriodMs: QUIET,
    deliveryLeaseMs: LEASE,
    ...partial,
  };
}

describe('decideNotification', () => {
  it.each<[string, Partial<NotificationInput>, NotificationDecision]>([
    [
      'ready -> failed: a failure notification',
      { record: ready },
      {
        send: 'failed',
        record: {
          observed: 'failed',
          notified: 'failed',
          failureNotifiedAt: NOW,
          resourceVersion: '11',
          pendingSince: NOW,
        },
      },
    ],
    [
      'new -> failed: a workload created while watched',
      { createdAt: START + 1 },
      {
        send: 'failed',
        record: {
          observed: 'failed',
          notified: 'failed',
          failureNotifiedAt: NOW,
          resourceVersion: '11',
          pendingSince: NOW,
        },
      },
    ],
    [
      'failed on the first list (existed before watching): baseline, no notification',
      { createdAt: START - 1 },
      { record: { observed: 'failed', resourceVersion: '11' } },
    ],
    [
      'no creationTimestamp on the first sight: baseline',
      { createdAt: undefined },
      { record: { observed: 'failed', resourceVersion: '11' } },
    ],
    [
      'ready on the first sight: recorded quietly',
      { state: 'ready', createdAt: START + 1 },
      { record: { observed: 'ready', resourceVersion: '11' } },
    ],
    [
      'a notified failure that clears: one recovery',
      { record: failedNotified, state: 'ready' },
      {
        send: 'recovered',
        record: {
          observed: 'ready',
          notified: 'recovered',
          failureNotifiedAt: NOW - 5_000,
          resourceVersion: '11',
          pendingSince: NOW,
        },
      },
    ],
    [
      'still failed after a restart (record persisted): nothing',
      { record: failedNotified, resourceVersion: '12' },
      {},
    ],
    ['still ready: nothing', { record: ready, state: 'ready' }, {}],
    [
      'a baseline failure that clears: recorded, no recovery for a failure nobody was told of',
      { record: { observed: 'failed', resourceVersion: '10' }, state: 'ready' },
      { record: { observed: 'ready', resourceVersion: '11' } },
    ],
    [
      'flapping: failed again inside the quiet period is held back',
      { record: recoveredRecently },
      {
        record: {
          observed: 'failed',
          notified: 'recovered',
          failureNotifiedAt: NOW - 5_000,
          resourceVersion: '11',
        },
        recheckAt: NOW - 5_000 + QUIET,
      },
    ],
    [
      'flapping: recovering from a held-back failure sends nothing',
      { record: heldBack, state: 'ready' },
      {
        record: {
          observed: 'ready',
          notified: 'recovered',
          failureNotifiedAt: NOW - 5_000,
          resourceVersion: '11',
        },
      },
    ],
    [
      'a held-back failure still failed when the quiet period ends: notified',
      { record: heldBack, now: NOW - 5_000 + QUIET },
      {
        send: 'failed',
        record: {
          observed: 'failed',
          notified: 'failed',
          failureNotifiedAt: NOW - 5_000 + QUIET,
          resourceVersion: '11',
          pendingSince: NOW - 5_000 + QUIET,
        },
      },
    ],
    [
      'a held-back failure re-checked too early: nothing stored, look again',
      { record: heldBack },
      { recheckAt: NOW - 5_000 + QUIET },
    ],
    [
      'failed again after the quiet period: a new failure notification',
      { record: recoveredLongAgo },
      {
        send: 'failed',
        record: {
          observed: 'failed',
          notified: 'failed',
          failureNotifiedAt: NOW,
          resourceVersion: '11',
          pendingSince: NOW,
        },
      },
    ],
    [
      'pending (Ready Unknown): nothing, the record stays',
      { record: ready, state: 'pending' },
      {},
    ],
    [
      'unknown (no conditions yet): nothing',
      { state: 'unknown', createdAt: START + 1 },
      {},
    ],
    [
      'an older watch event than the record (a lagging replica): ignored',
      { record: recoveredLongAgo, resourceVersion: '9' },
      {},
    ],
    [
      'the same resourceVersion again (relist): nothing new',
      { record: ready, resourceVersion: '10', state: 'ready' },
      {},
    ],
    [
      'the same failure again, notified already (relist): nothing new',
      { record: failedNotified, resourceVersion: '10' },
      {},
    ],
    [
      'a held-back failure looked at again, unchanged, once the quiet period ended: sent',
      {
        record: { ...heldBack, failureNotifiedAt: NOW - QUIET },
        resourceVersion: '10',
      },
      {
        send: 'failed',
        record: {
          observed: 'failed',
          resourceVersion: '10',
          notified: 'failed',
          failureNotifiedAt: NOW,
          pendingSince: NOW,
        },
      },
    ],
    [
      "another replica's claim to deliver stands: nothing, look again when it ends",
      {
        record: { ...failedNotified, pendingSince: NOW - 1_000 },
        state: 'ready',
      },
      { recheckAt: NOW - 1_000 + LEASE },
    ],
    [
      'a claim past its lease (its replica stopped): delivered again under a new claim',
      {
        record: { ...failedNotified, pendingSince: NOW - LEASE },
        resourceVersion: '10',
      },
      {
        send: 'failed',
        record: { ...failedNotified, pendingSince: NOW },
      },
    ],
  ])('%s', (_name, partial, expected) => {
    expect(decideNotification(input(partial))).toEqual(expected);
  });
});

describe('confirmDelivery', () => {
  it('drops the claim, so the record says sent', () => {
    expect(confirmDelivery({ ...failedNotified, pendingSince: NOW })).toEqual(
      failedNotified,
    );
  });
});

describe('releaseClaim', () => {
  const claim = { ...failedNotified, pendingSince: NOW };

  it('restores the record before the claim', () => {
    expect(releaseClaim(ready, claim)).toEqual(ready);
  });

  it('remembers a new object as observed and never notified', () => {
    expect(releaseClaim(undefined, claim)).toEqual({ observed: 'failed' });
  });

  it('lets the next change send the undelivered failure again', () => {
    const released = releaseClaim(undefined, claim);
    expect(
      decideNotification(input({ record: released, resourceVersion: '10' }))
        .send,
    ).toBe('failed');
  });
});
