/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

const CONFIG_KEY = 'search.collators.cartographer';

/** @internal */
export const defaults = {
  schedule: {
    frequency: { minutes: 10 },
    timeout: { minutes: 15 },
    initialDelay: { seconds: 5 },
  } satisfies SchedulerServiceTaskScheduleDefinition,
  // The backend's largest page: each page request costs the backend a pass
  // over the cluster's workloads, so fewer, larger pages collate faster.
  batchSize: 1000,
};

/** The schedule of both collators. */
export function readScheduleConfig(
  config: Config,
): SchedulerServiceTaskScheduleDefinition {
  const schedule = config.getOptionalConfig(`${CONFIG_KEY}.schedule`);
  return schedule
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(schedule)
    : defaults.schedule;
}

/** The page size of workload reads; the backend accepts 1 to 1000. */
export function readBatchSize(config: Config): number {
  const value = config.getOptionalNumber(`${CONFIG_KEY}.batchSize`);
  if (value === undefined) return defaults.batchSize;
  if (!Number.isInteger(value) || value < 1 || value > 1000) {
    throw new InputError(
      `${CONFIG_KEY}.batchSize must be an integer from 1 to 1000, got ${value}`,
    );
  }
  return value;
}
