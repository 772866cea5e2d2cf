/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { HumanDuration } from '@backstage/types';

export interface Config {
  /**
   * Cartographer for Backstage. Clusters configured for the stock Kubernetes
   * plugin (`kubernetes.clusterLocatorMethods` of type `config` with the
   * `serviceAccount` auth provider) are read too.
   */
  cartographer?: {
    /** Extra clusters reached through a kubeconfig or in-cluster config. */
    clusters?: Array<{
      /** Unique cluster name shown in the portal. */
      name: string;
      /** Use the pod's service account (Backstage running in the cluster). */
      inCluster?: boolean;
      /** A kubeconfig file and context; the default kubeconfig when omitted. */
      kubeconfig?: {
        /** @visibility backend */
        path?: string;
        context?: string;
      };
    }>;
    /** Which supply chains developers may onboard onto. Nothing is approved by default. */
    approval?: {
      /** A label; chains carrying it with the value "true" are approved. */
      label?: string;
      /** Approved chain names; an entry without `cluster` applies to every cluster. */
      supplyChains?: Array<{ cluster?: string; names: string[] }>;
    };
    workloadCreation?: {
      /**
       * Namespaces workloads may be created in; an entry without `cluster`
       * applies to every cluster, and a trailing "*" matches a prefix.
       * Default: every namespace but kube-*.
       */
      allowedNamespaces?: Array<{ cluster?: string; namespaces: string[] }>;
    };
    /**
     * Notifications to the owners of a catalog entity when one of its
     * Workloads or Deliverables fails, and when it recovers. Needs
     * `@backstage/plugin-notifications-backend`.
     */
    /** The recorded history of every Workload and Deliverable (commit timeline, delivery metrics). */
    history?: {
      /**
       * Records older than this are deleted by an hourly task that runs on
       * one replica at a time. Default 90 days.
       */
      retention?: HumanDuration | string;
    };
    notifications?: {
      /** Default false. */
      enabled?: boolean;
      /**
       * A failure within this long of the last failure notification of the
       * same workload is not notified again (against flapping); if it still
       * stands when the period ends, it is. Default 30 minutes.
       */
      quietPeriod?: HumanDuration | string;
      /** The notification severity per transition: critical, high, normal or low. */
      severity?: {
        /** Default high. */
        failed?: 'critical' | 'high' | 'normal' | 'low';
        /** Default normal. */
        recovered?: 'critical' | 'high' | 'normal' | 'low';
      };
      /** Only these clusters take part; default every cluster. */
      clusters?: string[];
      /** Only these namespaces take part; default every namespace. */
      namespaces?: string[];
      /**
       * A notification the notifications backend did not take is sent
       * again; its record says sent only once one attempt succeeded. When
       * every attempt fails, the next change of the workload tries again.
       */
      delivery?: {
        /** Default 4. */
        attempts?: number;
        /** The pause before the second attempt, doubled before each further one. Default 2 seconds. */
        backoff?: HumanDuration | string;
      };
    };
  };
}
