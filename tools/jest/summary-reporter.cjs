// Writes each jest run's totals to tmp/test-results/ so `npm test` can print one summary line for
// every suite it ran (lint and typecheck are separate Nx targets and print their own result).
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.globalConfig = globalConfig;
  }

  onRunComplete(_contexts, results) {
    const dir = join(__dirname, '../../tmp/test-results');
    mkdirSync(dir, { recursive: true });
    const name = (process.env.JUKI_SUITE || 'jest').replace(/[^\w.-]/g, '_');
    writeFileSync(
      join(dir, `${name}-${process.pid}-${Date.now()}.json`),
      JSON.stringify({
        suite: name,
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
        total: results.numTotalTests,
      }),
    );
  }
}

module.exports = SummaryReporter;
