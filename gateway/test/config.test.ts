import { ConfigError } from '@maillage/service-runtime';
import { testIdentityKeys } from '@maillage/test-kit';
import { loadGatewayConfig } from '../src/config';

const required = {
  AUTH_INTERNAL_SIGNING_KEY: JSON.stringify(testIdentityKeys().privateJwk),
  AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks.json',
  AUTH_ISSUER: 'http://127.0.0.1:9',
};

describe('the admission control’s settings', () => {
  test('by default no limit; when one is set, 1,000 waiting at most, for at most 30 s', () => {
    expect(loadGatewayConfig(required).admission).toEqual({ maxOperations: 0, queueTimeoutMs: 30_000, maxQueued: 1_000 });
  });

  test('the three are read from the environment', () => {
    expect(loadGatewayConfig({ ...required, GATEWAY_MAX_OPERATIONS: '24', GATEWAY_QUEUE_TIMEOUT_MS: '500', GATEWAY_MAX_QUEUED: '0' }).admission)
      .toEqual({ maxOperations: 24, queueTimeoutMs: 500, maxQueued: 0 });
  });

  test('a value that is not a whole number in range is refused, named with its variable', () => {
    const refusal = (env: Record<string, string>) => {
      try {
        loadGatewayConfig({ ...required, ...env });
      } catch (error) {
        return error instanceof ConfigError ? error.message : String(error);
      }
      return 'accepted';
    };
    expect(refusal({ GATEWAY_MAX_OPERATIONS: '-1' })).toMatch(/GATEWAY_MAX_OPERATIONS: must be a whole number/);
    expect(refusal({ GATEWAY_QUEUE_TIMEOUT_MS: '10' })).toMatch(/GATEWAY_QUEUE_TIMEOUT_MS: must be at least 100/);
    expect(refusal({ GATEWAY_MAX_QUEUED: 'many' })).toMatch(/GATEWAY_MAX_QUEUED: must be a whole number/);
  });
});

describe('the gateway\'s Apollo shortcuts', () => {
  test('on by default, off with GATEWAY_APOLLO_SHORTCUTS=false, anything else refused', () => {
    expect(loadGatewayConfig(required).apolloShortcuts).toBe(true);
    expect(loadGatewayConfig({ ...required, GATEWAY_APOLLO_SHORTCUTS: 'false' }).apolloShortcuts).toBe(false);
    expect(() => loadGatewayConfig({ ...required, GATEWAY_APOLLO_SHORTCUTS: 'perhaps' })).toThrow(/GATEWAY_APOLLO_SHORTCUTS/);
  });
});
