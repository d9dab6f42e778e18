const { existsSync } = require('node:fs');
const { join, relative } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

/**
 * Seconds each slow file (20 s or more) took in a full run of the suite with two workers on the shared 2-core
 * machine (2026-12-02, under load: the order matters, not the figures), slowest first. Jest orders a run
 * by the durations it cached from the previous one; a clean clone has none, and jest then orders by file size,
 * which started a 90 s file among the last ones and left the other worker idle while it ran. With this table
 * the slow files start first (longest first), and the short ones fill both workers at the end.
 * A file missing from the table counts as short. Update the figures when a file's cost changes a lot
 * (`npx jest --json --outputFile=…`, then `endTime - startTime` of each file).
 */
const EXPECTED_SECONDS = {
  'partner/test/scaffold.test.ts': 158,
  'portal/test/work.e2e.test.ts': 125,
  'integration-tests/dev-stack.test.ts': 108,
  'partner/test/kit-package.test.ts': 98,
  'gateway/test/identity-keys.test.ts': 93,
  'integration-tests/http-compliance.test.ts': 86,
  'portal/test/reports.e2e.test.ts': 83,
  'gateway/test/reliability.test.ts': 80,
  'subgraphs/trainings/test/gateway.test.ts': 80,
  'integration-tests/rolling-upgrade.test.ts': 79,
  'portal/test/portal.e2e.test.ts': 76,
  'integration-tests/tracing.test.ts': 74,
  'integration-tests/multi-host.test.ts': 71,
  'integration-tests/backup.test.ts': 70,
  'portal/test/hours-import.e2e.test.ts': 66,
  'integration-tests/fuzz.test.ts': 59,
  'gateway/test/hot-reload.test.ts': 55,
  'gateway/test/dedup.test.ts': 51,
  'gateway/test/federation.test.ts': 48,
  'gateway/test/security.test.ts': 47,
  'integration-tests/startup-errors.test.ts': 42,
  'integration-tests/personal-data.test.ts': 37,
  'integration-tests/hours-import.test.ts': 34,
  'integration-tests/files.test.ts': 33,
  'schema/test/check.test.ts': 32,
  'integration-tests/write-reliability.test.ts': 28,
  'integration-tests/clause-modalities.test.ts': 26,
  'subgraphs/directory/test/geography-load.test.ts': 25,
  'integration-tests/reports.test.ts': 25,
  'integration-tests/census-matching.test.ts': 23,
  'subgraphs/beneficiaries/test/unknown-commune.test.ts': 23,
};

for (const file of Object.keys(EXPECTED_SECONDS)) {
  // A renamed or removed file would silently lose its place: say so instead.
  if (!existsSync(join(__dirname, file))) throw new Error(`jest.sequencer.js: ${file} does not exist; update EXPECTED_SECONDS`);
}

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    // With durations from a previous run on this machine, jest's own order (failed first, then longest) is better.
    if (tests.some((test) => this.time(test) !== undefined)) return sorted;
    const expected = (test) => EXPECTED_SECONDS[relative(__dirname, test.path).split('\\').join('/')] ?? 0;
    // Array.prototype.sort is stable: files outside the table keep jest's order (largest file first).
    return sorted.sort((a, b) => expected(b) - expected(a));
  }
}

module.exports = SlowFirstSequencer;
