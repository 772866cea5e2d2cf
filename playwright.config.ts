/*
 * Browser end-to-end tests of the demo portal, run by scripts/e2e.sh against
 * the real local control plane. Debian's Chromium is used: browser downloads
 * are not possible on these machines.
 */
import { defineConfig } from '@playwright/test';

const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:7007';
// The same scenarios against the demo app on the legacy frontend system
// (packages/app-legacy), served by a third backend (app-config.e2e-legacy.yaml).
const legacyBaseURL =
  process.env.E2E_LEGACY_BASE_URL ?? 'http://localhost:7009';
// `start.sh --replicas 2` as a user runs it: the frontend's dev server on
// :3000, two backend replicas on PostgreSQL behind the proxy on :7007.
const replicasBaseURL =
  process.env.E2E_REPLICAS_BASE_URL ?? 'http://localhost:3000';

export default defineConfig({
  testDir: 'packages/app/e2e-tests',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  retries: 0,
  workers: 1,
  outputDir: 'test-results/e2e-artifacts',
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.E2E_JSON ?? 'test-results/e2e.json' }],
  ],
  projects: [
    { name: 'new-frontend-system', use: { baseURL } },
    {
      name: 'legacy-frontend-system',
      use: { baseURL: legacyBaseURL },
      // The restricted-user checks are about the backend, not the frontend.
      testIgnore: 'restrictedUser.spec.ts',
      metadata: { screenshotPrefix: 'legacy-' },
    },
    {
      // What depends on the replicas sharing PostgreSQL, within a couple of
      // minutes: the tab (caches on each replica), search (one pg index),
      // onboarding (a scaffolder task claimed by one replica, the workload
      // turning Ready live). scripts/e2e.sh runs it in a second phase.
      name: 'replicas-on-postgresql',
      use: { baseURL: replicasBaseURL },
      testMatch: [
        'supplyChainTab.spec.ts',
        'search.spec.ts',
        'onboarding.spec.ts',
      ],
      metadata: { screenshotPrefix: 'replicas-' },
    },
  ],
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
