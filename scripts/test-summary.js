#!/usr/bin/env node
// Prints the plain summary line CI reads, "N passed, N failed", from vitest's JSON report.
import { readFileSync } from 'node:fs';

const path = process.argv[2] ?? 'test-results/vitest.json';
let report;
try {
  report = JSON.parse(readFileSync(path, 'utf8'));
} catch (error) {
  process.stdout.write(`no test report at ${path}: ${error.message}\n0 passed, 1 failed\n`);
  process.exit(1);
}
const failed = report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? report.numFailedTestSuites : 0);
process.stdout.write(`${report.numPassedTests} passed, ${failed} failed\n`);
process.exit(failed > 0 || report.success === false ? 1 : 0);
