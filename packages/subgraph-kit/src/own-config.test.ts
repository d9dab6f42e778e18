import { integerSchema } from '@maillage/service-runtime';
import { z } from 'zod';
import { ConfigError, loadSubgraphConfigWith, type OwnConfig } from './config';

const KEY = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
const COMMON = { HTTP_PORT: '4004', DB_URL: 'postgres://u:p@db:5432/directory', AUTH_GATEWAY_PUBLIC_KEY: JSON.stringify(KEY) };

const own: OwnConfig<{ chunk: number; source: string }> = {
  env: { DIRECTORY_CHUNK: integerSchema(100, 50_000).default(5000), DIRECTORY_SOURCE: z.string().min(1) },
  read: (env) => ({ chunk: env.DIRECTORY_CHUNK as number, source: env.DIRECTORY_SOURCE as string }),
};

describe('a subgraph’s own configuration variables', () => {
  test('are read with the common ones into a section of their own', () => {
    const { config, own: section } = loadSubgraphConfigWith(own, { ...COMMON, DIRECTORY_SOURCE: 'etalab' });
    expect(config.http.port).toBe(4004);
    expect(section).toEqual({ chunk: 5000, source: 'etalab' });
  });

  test('are checked with the common ones: every problem at once', () => {
    let error: unknown;
    try {
      loadSubgraphConfigWith(own, { DB_URL: COMMON.DB_URL, AUTH_GATEWAY_PUBLIC_KEY: COMMON.AUTH_GATEWAY_PUBLIC_KEY, DIRECTORY_CHUNK: '7' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual(['HTTP_PORT: is required', 'DIRECTORY_CHUNK: must be at least 100', expect.stringMatching(/^DIRECTORY_SOURCE: /)]);
  });
});
