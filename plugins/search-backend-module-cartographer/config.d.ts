/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      /** Cartographer workloads and supply chains in portal search. */
      cartographer?: {
        /**
         * How often both indexes are rebuilt. Default: every 10 minutes,
         * timeout 15 minutes, first run 5 seconds after start.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /**
         * Workloads read per request to the Cartographer backend (1 to 1000).
         * Default 1000.
         * @visibility backend
         */
        batchSize?: number;
      };
    };
  };
}
