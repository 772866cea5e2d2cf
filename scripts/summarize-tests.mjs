// Prints the suite's closing line from the test runners' JSON reports, so a
// reader sees one "N passed, N failed" for everything that ran.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [resultsDir, failedStepCount, failedSteps] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

const jestReport = join(resultsDir, 'jest.json');
if (existsSync(jestReport)) {
  const report = JSON.parse(readFileSync(jestReport, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // A suite that fails to load has no failed tests but is still a failure.
  failed += report.numRuntimeErrorTestSuites ?? 0;
}

// One report per browser-test phase (e2e.json, e2e-replicas.json, ...).
const e2eReports = existsSync(resultsDir)
  ? readdirSync(resultsDir).filter(f => /^e2e.*\.json$/.test(f))
  : [];
for (const file of e2eReports) {
  const stats =
    JSON.parse(readFileSync(join(resultsDir, file), 'utf8')).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
}

if (Number(failedStepCount) > 0) {
  console.log(`Failed steps: ${failedSteps}`);
}
console.log(`Summary: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || Number(failedStepCount) > 0 ? 1 : 0);
