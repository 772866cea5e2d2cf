/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { EntityOptions } from './applications';

const CONFIG_KEY = 'catalog.providers.cartographer';

/**
 * What an existing entity of the same name from elsewhere means.
 * @public
 */
export type ConflictMode = 'skip' | 'merge';

/**
 * `catalog.providers.cartographer`, with defaults applied.
 * @public
 */
export interface CartographerProviderConfig extends EntityOptions {
  enabled: boolean;
  /** Only these clusters; all when undefined. */
  clusters?: string[];
  /** Only these namespaces; all when undefined. */
  namespaces?: string[];
  conflicts: ConflictMode;
  schedule: SchedulerServiceTaskScheduleDefinition;
  refreshIntervalSeconds: number;
}

/** @internal */
export const defaults = {
  enabled: true,
  owner: 'group:default/unknown',
  lifecycle: 'production',
  namespace: 'default',
  namePrefix: '',
  conflicts: 'skip' as ConflictMode,
  schedule: {
    frequency: { minutes: 5 },
    timeout: { minutes: 3 },
    initialDelay: { seconds: 30 },
  } satisfies SchedulerServiceTaskScheduleDefinition,
  refreshIntervalSeconds: 10,
};

/** Reads the provider config; invalid values are an `InputError` naming the key. */
export function readProviderConfig(root: Config): CartographerProviderConfig {
  const config = root.getOptionalConfig(CONFIG_KEY);
  const conflicts =
    config?.getOptionalString('conflicts') ?? defaults.conflicts;
  if (conflicts !== 'skip' && conflicts !== 'merge') {
    throw new InputError(
      `${CONFIG_KEY}.conflicts must be skip or merge, got ${conflicts}`,
    );
  }
  const refreshIntervalSeconds =
    config?.getOptionalNumber('refreshIntervalSeconds') ??
    defaults.refreshIntervalSeconds;
  if (!(refreshIntervalSeconds >= 1)) {
    throw new InputError(
      `${CONFIG_KEY}.refreshIntervalSeconds must be at least 1, got ${refreshIntervalSeconds}`,
    );
  }
  const schedule = config?.getOptionalConfig('schedule');
  return {
    enabled: config?.getOptionalBoolean('enabled') ?? defaults.enabled,
    clusters: config?.getOptionalStringArray('clusters'),
    namespaces: config?.getOptionalStringArray('namespaces'),
    owner: config?.getOptionalString('owner') ?? defaults.owner,
    lifecycle: config?.getOptionalString('lifecycle') ?? defaults.lifecycle,
    namespace:
      config?.getOptionalString('naming.namespace') ?? defaults.namespace,
    namePrefix:
      config?.getOptionalString('naming.prefix') ?? defaults.namePrefix,
    conflicts,
    schedule: schedule
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(schedule)
      : defaults.schedule,
    refreshIntervalSeconds,
  };
}
