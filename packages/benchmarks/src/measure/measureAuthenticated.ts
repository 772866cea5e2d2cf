/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { BackendProcess } from '../backend/BackendProcess';
import { Target } from '../backend/protocol';
import { workloadNamespace } from '../load/workloads';
import { Summary } from '../stats';
import { IndexLatency, indexLatency } from './indexRoutes';
import { concurrentLatency, sequentialLatency, TabRun } from './latency';
import { MeasureOptions, waitForSync } from './measureBackend';
import {
  assertNothingLeaked,
  leakedWorkloads,
  shownWorkloads,
} from './restricted';
import { InspectAnswer, timedTabRequest } from './tabRequest';

const RESTRICTED_USER = 'user:default/bench-user';
const RESTRICTED_GROUP = 'group:default/bench-restricted';

/**
 * The bench config plus real sign-in and the demo's policy: the guest
 * provider signs the restricted user in (no catalog User, so the token
 * carries the configured ownership), whose group may see one namespace.
 */
export function realAuthConfig(config: object, allowedNamespace: string) {
  return {
    ...config,
    // The auth backend needs the app's address (sign-in redirects).
    app: { baseUrl: 'http://localhost:3000' },
    auth: {
      environment: 'development',
      providers: {
        guest: {
          dangerouslyAllowOutsideDevelopment: true,
          userEntityRef: RESTRICTED_USER,
          ownershipEntityRefs: [RESTRICTED_USER, RESTRICTED_GROUP],
        },
      },
    },
    permission: {
      enabled: true,
      demoPolicy: {
        operators: [],
        namespaces: [{ owner: RESTRICTED_GROUP, allow: [allowedNamespace] }],
      },
    },
  };
}

export interface AuthenticatedResult {
  target: Target;
  /** The one namespace of ten the restricted user may see. */
  allowedNamespace: string;
  sequential: Summary;
  concurrent: Summary & { throughputPerS: number };
  index?: IndexLatency;
  /** Answers checked for workloads outside the allowed namespace. */
  answersChecked: number;
  /**
   * Workloads outside it that answers showed (ours must show none): the
   * stock backend has no namespace rules, so it shows the other apps of
   * the check over every namespace.
   */
  outsideShown: number;
}

/** A signed user token, as the demo's sign-in page gets one. */
async function guestToken(backend: BackendProcess): Promise<string> {
  const response = await backend.fetch('/api/auth/guest/refresh', {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  if (!response.ok) {
    throw new Error(
      `guest sign-in: HTTP ${response.status} ${await response.text()}`,
    );
  }
  const body = (await response.json()) as {
    backstageIdentity: { token: string };
  };
  return body.backstageIdentity.token;
}

/** Without a token the backend must refuse, or auth is not really on. */
async function assertTokenRequired(backend: BackendProcess) {
  const response =
    backend.target === 'cartographer'
      ? await fetch(`${backend.baseUrl}/api/cartographer/workloads?limit=1`)
      : await fetch(`${backend.baseUrl}/api/kubernetes/clusters`);
  if (response.status !== 401) {
    throw new Error(
      `${backend.target} answered ${response.status} without a token, not 401: auth is not real`,
    );
  }
}

/**
 * The tab and index figures a second way: real auth, a signed token of a
 * user who may see 1 of the namespaces, the demo's conditional policy.
 * Every answer is checked: ours must show exactly the app's workload when
 * it is in the allowed namespace and nothing otherwise, and the index
 * nothing outside it (the run fails if not). The timed tabs are those of
 * the user's own apps, which show their workload. The stock backend has
 * no namespace rules of its own; what it shows outside is counted.
 */
export async function measureAuthenticated(
  target: Target,
  options: MeasureOptions,
): Promise<AuthenticatedResult> {
  const allowedIndex = Math.min(3, options.namespaces - 1);
  const allowed = workloadNamespace(allowedIndex, options.namespaces);
  const backend = await BackendProcess.start(
    target,
    options.apps,
    realAuthConfig(options.config, allowed),
    'real',
  );
  try {
    await assertTokenRequired(backend);
    backend.token = await guestToken(backend);
    if (target === 'cartographer') await waitForSync(backend, options.apps);

    // First every namespace's apps once: ours must show an app's workload
    // exactly when it is in the allowed namespace.
    let answersChecked = 0;
    let outsideShown = 0;
    const check: InspectAnswer = (app, body) => {
      const shown = shownWorkloads(target, body);
      answersChecked++;
      if (target !== 'cartographer') {
        outsideShown += leakedWorkloads(shown, [allowed]).length;
        return;
      }
      assertNothingLeaked(`the tab of app-${app}`, shown, [allowed]);
      const expected =
        workloadNamespace(app, options.namespaces) === allowed ? 1 : 0;
      if (shown.length !== expected) {
        throw new Error(
          `the restricted user sees ${shown.length} workloads of app-${app}, not ${expected}`,
        );
      }
    };
    const everyNamespace = Math.min(options.apps, 2 * options.namespaces);
    for (let i = 0; i < everyNamespace; i++) {
      await timedTabRequest(backend, i, check);
    }
    // Then timed: the tabs of the user's own apps, each answer checked.
    const own: TabRun = {
      app: k => allowedIndex + k * options.namespaces,
      inspect: check,
    };
    const ownApps = Math.ceil(
      (options.apps - allowedIndex) / options.namespaces,
    );
    const sequential = await sequentialLatency(
      backend,
      options.sequentialRequests,
      ownApps,
      own,
    );
    const concurrent = await concurrentLatency(
      backend,
      options.concurrentClients,
      options.requestsPerClient,
      ownApps,
      own,
    );
    let index: IndexLatency | undefined;
    if (target === 'cartographer') {
      index = await indexLatency(
        backend,
        options.indexRequests,
        options.apps,
        (route, body) => {
          answersChecked++;
          assertNothingLeaked(route, shownWorkloads(target, body), [allowed]);
          const { totalItems } = body as { totalItems: number };
          if (route === 'first page (limit=50)' && totalItems !== ownApps) {
            throw new Error(
              `the restricted user's index counts ${totalItems} workloads, not the ${ownApps} of ${allowed}`,
            );
          }
        },
      );
    }
    options.log(
      `  ${target} (real auth, sees ${allowed}): sequential p50 ${sequential.p50.toFixed(1)} ms, p99 ${sequential.p99.toFixed(1)} ms; ${options.concurrentClients} clients p99 ${concurrent.p99.toFixed(1)} ms; ${answersChecked} answers checked, ${outsideShown} workloads outside ${allowed} shown`,
    );
    return {
      target,
      allowedNamespace: allowed,
      sequential,
      concurrent,
      index,
      answersChecked,
      outsideShown,
    };
  } finally {
    await backend.stop();
  }
}
