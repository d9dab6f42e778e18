const { existsSync } = require('node:fs');
const { join, relative } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

/**
 * Seconds each slow file took in a clean-clone CI run (2 cores, two workers), slowest first. Jest orders a run
 * by the durations it cached from the previous one; a clean clone has none, and jest then orders by file size,
 * which started a 90 s file among the last ones and left the other worker idle while it ran. With this table
 * the slow files start first (longest first), and the short ones fill both workers at the end.
 * A file missing from the table counts as short. Update the figures when a file's cost changes a lot
 * (`npx jest --json --outputFile=…`, then `endTime - startTime` of each file).
 */
const EXPECTED_SECONDS = {
  'portal/test/work.e2e.test.ts': 125,
  'partner/test/scaffold.test.ts': 90,
  'partner/test/kit-package.test.ts': 90,
  'gateway/test/identity-keys.test.ts': 90,
  'portal/test/reports.e2e.test.ts': 80,
  'portal/test/portal.e2e.test.ts': 75,
  'integration-tests/dev-stack.test.ts': 75,
  'integration-tests/multi-host.test.ts': 70,
  'integration-tests/backup.test.ts': 70,
  'gateway/test/hot-reload.test.ts': 55,
  'gateway/test/federation.test.ts': 48,
  'integration-tests/personal-data.test.ts': 37,
  'integration-tests/files.test.ts': 33,
  'schema/test/check.test.ts': 32,
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
