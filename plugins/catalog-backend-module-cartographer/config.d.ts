/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  catalog?: {
    providers?: {
      /**
       * A Component per application found on the Cartographer clusters
       * (workloads grouped by `app.kubernetes.io/part-of`).
       */
      cartographer?: {
        /** Default true once the module is installed. */
        enabled?: boolean;
        /** Only workloads of these clusters; default all. */
        clusters?: string[];
        /** Only workloads of these namespaces; default all. */
        namespaces?: string[];
        /**
         * Owner of an application whose workloads carry no
         * `backstage.io/owner` annotation. Default `group:default/unknown`.
         */
        owner?: string;
        /** Lifecycle when no workload carries `backstage.io/lifecycle`. Default `production`. */
        lifecycle?: string;
        naming?: {
          /** Catalog namespace of the entities. Default `default`. */
          namespace?: string;
          /** Put before every entity name, e.g. `carto-`. Default none. */
          prefix?: string;
        };
        /**
         * An entity of the same name registered elsewhere (e.g. a
         * catalog-info.yaml): `skip` leaves it alone and emits nothing;
         * `merge` adds the Kubernetes annotations it lacks to it. Default `skip`.
         */
        conflicts?: 'skip' | 'merge';
        /**
         * The full sync. Default every 5 minutes, timeout 3 minutes, first
         * run 30 seconds after start (so entities from catalog files, which
         * take precedence, are registered first).
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /**
         * Seconds between checks for new, changed and deleted workloads,
         * applied as delta updates. Default 10.
         */
        refreshIntervalSeconds?: number;
      };
    };
  };
}
