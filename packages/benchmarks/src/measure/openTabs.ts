/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { BackendProcess } from '../backend/BackendProcess';
import { AuditCounter, AuditedRequest } from '../cluster/auditLog';
import { appSequence } from './latency';
import { tabRequest } from './tabRequest';

/** The stock Kubernetes tab refetches every 10 s (useKubernetesObjects). */
export const TAB_REFRESH_MS = 10_000;

export interface OpenTabsResult {
  tabs: number;
  windowS: number;
  tabRequests: number;
  apiRequests: number;
  apiRequestsPerMinute: number;
  requests: AuditedRequest[];
}

/**
 * `tabs` entity tabs stay open for `windowMs`, each loading on open and
 * refetching every 10 s. The stock tab polls at that rate; ours refetches
 * on a signal and polls at that rate only without the signals plugin, so
 * polling is the worst case for ours. Counts API server requests at the
 * server (audit log) over the window.
 */
export async function openTabs(
  backend: BackendProcess,
  audit: AuditCounter,
  options: { tabs: number; windowMs: number; apps: number },
): Promise<OpenTabsResult> {
  const apps = appSequence(options.tabs, options.apps, 42);
  let tabRequests = 0;
  const deadline = performance.now() + options.windowMs;
  await audit.mark();
  await Promise.all(
    apps.map(async (app, tab) => {
      // Tabs open spread over one refresh period, as users arrive.
      await sleep((tab * TAB_REFRESH_MS) / options.tabs);
      while (performance.now() < deadline) {
        const started = performance.now();
        await tabRequest(backend, app);
        tabRequests++;
        const next = started + TAB_REFRESH_MS;
        if (next >= deadline) break;
        await sleep(next - performance.now());
      }
    }),
  );
  await sleep(Math.max(0, deadline - performance.now()));
  const requests = await audit.since();
  const windowS = options.windowMs / 1000;
  return {
    tabs: options.tabs,
    windowS,
    tabRequests,
    apiRequests: requests.length,
    apiRequestsPerMinute: (requests.length * 60) / windowS,
    requests,
  };
}

function sleep(ms: number) {
  return new Promise(resolve => setTimeout(resolve, Math.max(0, ms)));
}
