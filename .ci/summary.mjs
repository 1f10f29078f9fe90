// Prints one "N passed, N failed" line from vitest's JSON reports (the main
// run, then the end-to-end runs on other Node lines), added up; fails when a
// report is missing: those tests did not run.
import { readFileSync } from "node:fs";

const files = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files.length > 0 ? files : ["test-results.json"]) {
  try {
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  } catch {
    console.error(`no test report at ${file}: those tests did not run`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
