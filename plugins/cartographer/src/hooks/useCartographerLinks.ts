/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { parseEntityRef } from '@backstage/catalog-model';
import {
  AnyRouteRefParams,
  RouteFunc,
  RouteRef,
  SubRouteRef,
  useRouteRef,
} from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { WorkloadKey } from '../api';
import {
  runnableRouteRef,
  runnablesRouteRef,
  supplyChainRouteRef,
  supplyChainsRouteRef,
  workloadRouteRef,
  workloadsRouteRef,
} from '../routes';

/** The Supply Chain tab's path below an entity page. */
export const ENTITY_TAB_PATH = 'supply-chain';

/**
 * `useRouteRef` throws for routes the app did not mount (a legacy app may
 * mount the tab but not the pages); links to them are simply not drawn.
 * Every hook inside useRouteRef runs before it can throw, so the hook
 * order stays stable.
 */
function useOptionalRouteRef<TParams extends AnyRouteRefParams>(
  ref: RouteRef<TParams> | SubRouteRef<TParams>,
): RouteFunc<TParams> | undefined {
  try {
    return useRouteRef(ref);
  } catch {
    return undefined;
  }
}

/** Builds links to the plugin's pages and entity tabs, or undefined where not mounted. */
export interface CartographerLinks {
  workloads?: () => string;
  workload?: (key: WorkloadKey) => string;
  supplyChains?: () => string;
  supplyChain?: (cluster: string, name: string) => string;
  runnables?: () => string;
  runnable?: (key: WorkloadKey) => string;
  /** The Supply Chain tab of an entity, from its ref. */
  entityTab?: (entityRef: string) => string;
}

/** Links to the plugin's pages; undefined entries are routes the app does not mount. */
export function useCartographerLinks(): CartographerLinks {
  const workloads = useOptionalRouteRef(workloadsRouteRef);
  const workload = useOptionalRouteRef(workloadRouteRef);
  const supplyChains = useOptionalRouteRef(supplyChainsRouteRef);
  const supplyChain = useOptionalRouteRef(supplyChainRouteRef);
  const runnables = useOptionalRouteRef(runnablesRouteRef);
  const runnable = useOptionalRouteRef(runnableRouteRef);
  const entity = useOptionalRouteRef(entityRouteRef);
  return {
    runnables: runnables && (() => runnables()),
    runnable: runnable && (key => runnable(key)),
    workloads: workloads && (() => workloads()),
    workload: workload && (key => workload(key)),
    supplyChains: supplyChains && (() => supplyChains()),
    supplyChain:
      supplyChain && ((cluster, name) => supplyChain({ cluster, name })),
    entityTab:
      entity &&
      (ref => {
        const { kind, namespace, name } = parseEntityRef(ref);
        return `${entity({
          kind: kind.toLocaleLowerCase('en-US'),
          namespace: namespace.toLocaleLowerCase('en-US'),
          name,
        })}/${ENTITY_TAB_PATH}`;
      }),
  };
}
