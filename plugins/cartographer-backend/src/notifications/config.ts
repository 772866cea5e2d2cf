/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';
import { NotificationSeverityName } from '@internal/plugin-cartographer-common';

/** How `cartographer.notifications` is set; see config.d.ts. */
export interface NotificationOptions {
  enabled: boolean;
  quietPeriodMs: number;
  severity: {
    failed: NotificationSeverityName;
    recovered: NotificationSeverityName;
  };
  /** Undefined: every cluster takes part. */
  clusters?: string[];
  /** Undefined: every namespace takes part. */
  namespaces?: string[];
  delivery: DeliveryOptions;
}

/** How hard the replica that claimed a notification tries to deliver it. */
export interface DeliveryOptions {
  attempts: number;
  /** Before the second attempt; doubled before each further one. */
  backoffMs: number;
  /**
   * How long the claim stands before another replica takes over: every
   * pause plus a minute for the attempts themselves.
   */
  leaseMs: number;
}

function delivery(attempts: number, backoffMs: number): DeliveryOptions {
  const pauses = backoffMs * (2 ** Math.max(0, attempts - 1) - 1);
  return { attempts, backoffMs, leaseMs: pauses + 60_000 };
}

const SEVERITIES: NotificationSeverityName[] = [
  'critical',
  'high',
  'normal',
  'low',
];

export const notificationDefaults: NotificationOptions = {
  enabled: false,
  quietPeriodMs: 30 * 60 * 1000,
  severity: { failed: 'high', recovered: 'normal' },
  delivery: delivery(4, 2_000),
};

function readSeverity(
  config: Config | undefined,
  key: 'failed' | 'recovered',
): NotificationSeverityName {
  const value = config?.getOptionalString(key);
  if (value === undefined) return notificationDefaults.severity[key];
  if (!SEVERITIES.includes(value as NotificationSeverityName)) {
    throw new InputError(
      `cartographer.notifications.severity.${key} must be one of ${SEVERITIES.join(', ')}, got "${value}"`,
    );
  }
  return value as NotificationSeverityName;
}

/** Reads `cartographer.notifications`, naming the key of an invalid value. */
export function readNotificationOptions(config: Config): NotificationOptions {
  const section = config.getOptionalConfig('cartographer.notifications');
  if (!section) return notificationDefaults;
  return {
    enabled:
      section.getOptionalBoolean('enabled') ?? notificationDefaults.enabled,
    quietPeriodMs: section.has('quietPeriod')
      ? durationToMilliseconds(
          readDurationFromConfig(section, { key: 'quietPeriod' }),
        )
      : notificationDefaults.quietPeriodMs,
    severity: {
      failed: readSeverity(section.getOptionalConfig('severity'), 'failed'),
      recovered: readSeverity(
        section.getOptionalConfig('severity'),
        'recovered',
      ),
    },
    clusters: section.getOptionalStringArray('clusters'),
    namespaces: section.getOptionalStringArray('namespaces'),
    delivery: readDelivery(section.getOptionalConfig('delivery')),
  };
}

function readDelivery(config: Config | undefined): DeliveryOptions {
  const defaults = notificationDefaults.delivery;
  const attempts = config?.getOptionalNumber('attempts') ?? defaults.attempts;
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new InputError(
      `cartographer.notifications.delivery.attempts must be a whole number of at least 1, got ${attempts}`,
    );
  }
  return delivery(
    attempts,
    config?.has('backoff')
      ? durationToMilliseconds(
          readDurationFromConfig(config, { key: 'backoff' }),
        )
      : defaults.backoffMs,
  );
}
