/**
 * TypeScript compiled by swc, with decorator metadata (type-graphql and MikroORM need it). The global setup
 * of @maillage/test-kit starts one PostgreSQL for the run (or uses TEST_DB_ADMIN_URL); each test file gets its
 * own fresh database with the migrations applied.
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
  },
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc, '^.+/node_modules/jose/.+\\.js$': swc },
  // jose is an ES module: jest's CommonJS runtime needs it compiled.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  globalSetup: '<rootDir>/node_modules/@maillage/test-kit/dist/global-setup.js',
  globalTeardown: '<rootDir>/node_modules/@maillage/test-kit/dist/global-teardown.js',
  testTimeout: 120000,
};
