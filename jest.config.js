/**
 * One jest run for the whole tree. TypeScript is compiled by swc (decorator metadata on, as type-graphql and
 * MikroORM need it); workspace packages resolve to their build, which `npm test` runs first.
 * The global setup starts one PostgreSQL for the run and makes one template database per subgraph (migrated,
 * reference data loaded); each test file creates its own databases, as copies of those templates.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc, '^.+/node_modules/jose/.+\\.js$': swc },
  // jose is an ES module; jest's CommonJS runtime needs it compiled (Node itself loads it with require(esm)).
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  testMatch: ['<rootDir>/**/test/**/*.test.ts', '<rootDir>/**/src/**/*.test.ts', '<rootDir>/integration-tests/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.data/'],
  modulePathIgnorePatterns: ['<rootDir>/.data/'],
  globalSetup: '<rootDir>/packages/test-kit/dist/registry-setup.js',
  globalTeardown: '<rootDir>/packages/test-kit/dist/global-teardown.js',
  // Slow files first, also in a clean clone (where jest has no durations cached): see the file.
  testSequencer: '<rootDir>/jest.sequencer.js',
  testTimeout: 120000,
  maxWorkers: 2,
};
