// Reads vitest JSON reports and prints the closing line CI reads: "N passed, N failed[, N skipped]".
// Usage: node scripts/vitest-summary.mjs report1.json [report2.json…]; exit 1 when any test failed
// or a report is missing (a run that crashed before writing its report counts as a failure).
import fs from 'node:fs';

let passed = 0, failed = 0, skipped = 0, missing = 0;
for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) { missing++; console.error(`missing report: ${file}`); continue; }
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A file that failed to load has no test results but a failed suite.
  for (const suite of r.testResults ?? []) if (suite.status === 'failed' && !(suite.assertionResults ?? []).some((a) => a.status === 'failed')) failed++;
}
console.log(`${passed} passed, ${failed + missing} failed, ${skipped} skipped`);
process.exit(failed + missing > 0 ? 1 : 0);
