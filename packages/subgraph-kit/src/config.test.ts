import { ConfigError, loadSubgraphConfig } from './config';

describe('subgraph configuration', () => {
  test('reports every problem at once, each naming its variable', () => {
    let error: unknown;
    try {
      loadSubgraphConfig({ DB_URL: 'http://db/x', DB_POOL_MAX: '0', LOG_LEVEL: 'chatty' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'HTTP_PORT: is required',
      'DB_URL: scheme must be postgres:// or postgresql://, not http://',
      'DB_POOL_MAX: must be at least 1',
      expect.stringMatching(/^LOG_LEVEL: /),
      "AUTH_GATEWAY_PUBLIC_KEY: is required (or AUTH_GATEWAY_JWKS_URL, the gateway's key set)",
    ]);
  });

  test('refuses a private key where the gateway public key is expected', () => {
    const privateKey = { kty: 'OKP', crv: 'Ed25519', x: 'x', d: 'secret-part' };
    expect(() =>
      loadSubgraphConfig({ HTTP_PORT: '1', DB_URL: 'postgres://h/db', AUTH_GATEWAY_PUBLIC_KEY: JSON.stringify(privateKey) }),
    ).toThrow(/AUTH_GATEWAY_PUBLIC_KEY: must be Ed25519 public keys/);
  });

  test('takes several public keys during a rotation, or the gateway’s JWKS URL instead, never both', () => {
    const a = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
    const b = { kty: 'OKP', crv: 'Ed25519', x: 'WdFc0X8BtIfUmjh2o_ZBgY2Cxu5_mMhAfbYEsNr7WBo' };
    const base = { HTTP_PORT: '1', DB_URL: 'postgres://h/db' };
    expect(loadSubgraphConfig({ ...base, AUTH_GATEWAY_PUBLIC_KEY: JSON.stringify([a, b]) }).auth).toEqual({ gatewayPublicKey: [a, b] });
    expect(loadSubgraphConfig({ ...base, AUTH_GATEWAY_PUBLIC_KEY: JSON.stringify({ keys: [a, b] }) }).auth).toEqual({ gatewayPublicKey: [a, b] });
    expect(loadSubgraphConfig({ ...base, AUTH_GATEWAY_JWKS_URL: 'https://hub.example.fr/.well-known/jwks.json' }).auth).toEqual({
      gatewayJwks: { url: 'https://hub.example.fr/.well-known/jwks.json', refreshMs: 300_000, cooldownMs: 10_000 },
    });
    expect(() =>
      loadSubgraphConfig({ ...base, AUTH_GATEWAY_PUBLIC_KEY: JSON.stringify(a), AUTH_GATEWAY_JWKS_URL: 'https://hub.example.fr/.well-known/jwks.json' }),
    ).toThrow(/AUTH_GATEWAY_PUBLIC_KEY: set it or AUTH_GATEWAY_JWKS_URL, not both/);
    expect(() => loadSubgraphConfig({ ...base, AUTH_GATEWAY_JWKS_URL: 'ftp://hub' })).toThrow(/AUTH_GATEWAY_JWKS_URL: must be an http\(s\) URL/);
  });

  test('never echoes a value, which may be a secret', () => {
    expect(() => loadSubgraphConfig({ HTTP_PORT: '4001', DB_URL: 'postgres://u:hunter2@/' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
  });

  test('gives the nested configuration with production defaults', () => {
    const key = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
    const env = { HTTP_PORT: '4001', DB_URL: 'postgres://u:p@db:5432/contracts', AUTH_GATEWAY_PUBLIC_KEY: JSON.stringify(key) };
    expect(loadSubgraphConfig(env)).toEqual({
      env: 'production',
      http: { host: '0.0.0.0', port: 4001 },
      db: { url: 'postgres://u:p@db:5432/contracts', poolMax: 10, seedDemo: false, debug: false, migrate: true, preparedStatements: true },
      log: { level: 'info' },
      shutdownGraceMs: 10_000,
      auth: { gatewayPublicKey: key },
    });
  });

  test('turns prepared statements off for a pooler that cannot keep them, and refuses a value that is not a boolean', () => {
    const key = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
    const env = { HTTP_PORT: '4001', DB_URL: 'postgres://u:p@db:5432/contracts', AUTH_GATEWAY_PUBLIC_KEY: JSON.stringify(key) };
    expect(loadSubgraphConfig({ ...env, DB_PREPARED_STATEMENTS: 'false' }).db.preparedStatements).toBe(false);
    expect(() => loadSubgraphConfig({ ...env, DB_PREPARED_STATEMENTS: 'sometimes' })).toThrow(/DB_PREPARED_STATEMENTS/);
  });
});
