/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ConfigReader } from '@backstage/config';
import { notificationDefaults, readNotificationOptions } from './config';

const read = (notifications?: object) =>
  readNotificationOptions(
    new ConfigReader({ cartographer: notifications ? { notifications } : {} }),
  );

describe('readNotificationOptions', () => {
  it('is off with a 30-minute quiet period by default', () => {
    expect(read()).toEqual(notificationDefaults);
    expect(read()).toEqual({
      enabled: false,
      quietPeriodMs: 1_800_000,
      severity: { failed: 'high', recovered: 'normal' },
      delivery: { attempts: 4, backoffMs: 2_000, leaseMs: 74_000 },
    });
  });

  it('reads every key', () => {
    expect(
      read({
        enabled: true,
        quietPeriod: { minutes: 5 },
        severity: { failed: 'critical', recovered: 'low' },
        clusters: ['local'],
        namespaces: ['dev', 'prod'],
        delivery: { attempts: 3, backoff: { seconds: 1 } },
      }),
    ).toEqual({
      enabled: true,
      quietPeriodMs: 300_000,
      severity: { failed: 'critical', recovered: 'low' },
      clusters: ['local'],
      namespaces: ['dev', 'prod'],
      delivery: { attempts: 3, backoffMs: 1_000, leaseMs: 63_000 },
    });
    expect(read({ quietPeriod: 'PT90S' }).quietPeriodMs).toBe(90_000);
  });

  it('refuses a delivery without attempts', () => {
    expect(() => read({ delivery: { attempts: 0 } })).toThrow(
      'cartographer.notifications.delivery.attempts must be a whole number of at least 1, got 0',
    );
  });

  it('names the key of an unknown severity', () => {
    expect(() => read({ severity: { failed: 'urgent' } })).toThrow(
      'cartographer.notifications.severity.failed must be one of critical, high, normal, low, got "urgent"',
    );
  });
});
