// web-test-runner's progress output is not a plain closing line; CI reads `wtr: P passed, F failed, S skipped`.
function countTests(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countTests(child, counts);
}

export function summaryReporter() {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  let fileErrors = 0;
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        countTests(session.testResults, counts);
        // A file that failed to load has errors but no tests: count it as a failure, never as a pass.
        if (!session.passed && (session.errors?.length ?? 0) > 0) fileErrors += 1;
      }
    },
    async stop() {
      process.once('exit', () => {
        const failed = counts.failed + fileErrors;
        console.log(`wtr: ${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped`);
      });
    },
  };
}
