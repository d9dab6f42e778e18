import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gatewayEnvSchema, subgraphUrlVariable } from '@maillage/gateway';
import { portalEnvSchema } from '@maillage/portal';
import { subgraphEnvSchema } from '@maillage/subgraph-kit';
import { parse } from 'yaml';
import { type z } from 'zod';

/**
 * No Docker engine runs here: docker-compose.yml is checked against the code instead. Every variable a
 * service receives must be one its configuration schema reads, every required one must be given, and each
 * health check must probe the port and path the service really serves.
 */
const ROOT = join(__dirname, '..');
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
};
const subgraphList = (JSON.parse(readFileSync(join(ROOT, 'schema/subgraphs.json'), 'utf8')) as {
  subgraphs: { name: string; package: string }[];
}).subgraphs;

interface Service {
  build?: { context: string; dockerfile: string; args: { SERVICE: string } };
  environment: Record<string, string>;
  healthcheck: { test: string[] };
  depends_on: Record<string, { condition: string }>;
  expose?: string[];
  ports?: string[];
}

function requiredKeys(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
    .map(([key]) => key);
}

describe('docker-compose.yml', () => {
  test('has PostgreSQL with a health check, each subgraph, the gateway and the portal', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['gateway', 'portal', 'postgres', ...subgraphList.map((s) => s.name)].sort(),
    );
    expect(compose.services.postgres!.healthcheck.test.join(' ')).toContain('pg_isready');
  });

  test.each(subgraphList.map((s) => [s.name, s.package] as const))(
    'the %s service is built from its workspace and configured as its schema expects',
    (name, workspace) => {
      const service = compose.services[name]!;
      expect(service.build).toEqual({ context: '.', dockerfile: 'Dockerfile', args: { SERVICE: workspace } });
      expect(existsSync(join(ROOT, workspace, 'src/main.ts'))).toBe(true);
      const known = Object.keys(subgraphEnvSchema.shape);
      expect(Object.keys(service.environment).filter((key) => !known.includes(key))).toEqual([]);
      for (const key of requiredKeys(subgraphEnvSchema)) expect(service.environment).toHaveProperty(key);
      const port = service.environment.HTTP_PORT!;
      expect(service.expose).toEqual([port]);
      expect(service.healthcheck.test.join(' ')).toContain(`http://127.0.0.1:${port}/ready`);
      expect(service.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
      expect(service.environment.DB_URL).toMatch(new RegExp(`@postgres:5432/maillage_${name}$`));
    },
  );

  test('the gateway routes to each subgraph by service name and port and waits for their health', () => {
    const gateway = compose.services.gateway!;
    const known = [...Object.keys(gatewayEnvSchema.shape), ...subgraphList.map((s) => subgraphUrlVariable(s.name))];
    expect(Object.keys(gateway.environment).filter((key) => !known.includes(key))).toEqual([]);
    for (const key of requiredKeys(gatewayEnvSchema)) expect(gateway.environment).toHaveProperty(key);
    for (const { name } of subgraphList) {
      const port = compose.services[name]!.environment.HTTP_PORT;
      expect(gateway.environment[subgraphUrlVariable(name)]).toBe(`http://${name}:${port}/graphql`);
      expect(gateway.depends_on[name]).toEqual({ condition: 'service_healthy' });
    }
    expect(gateway.healthcheck.test.join(' ')).toContain(`http://127.0.0.1:${gateway.environment.GATEWAY_PORT}/ready`);
    expect(gateway.ports).toEqual([`\${GATEWAY_PUBLISHED_PORT:-4000}:${gateway.environment.GATEWAY_PORT}`]);
  });

  test('the portal is built from its workspace, forwards /graphql to the gateway and waits for its health', () => {
    const portal = compose.services.portal!;
    expect(portal.build).toEqual({ context: '.', dockerfile: 'Dockerfile', args: { SERVICE: 'portal' } });
    expect(existsSync(join(ROOT, 'portal/src/server/main.ts'))).toBe(true);
    const known = Object.keys(portalEnvSchema.shape);
    expect(Object.keys(portal.environment).filter((key) => !known.includes(key))).toEqual([]);
    for (const key of requiredKeys(portalEnvSchema)) expect(portal.environment).toHaveProperty(key);
    const gateway = compose.services.gateway!;
    expect(portal.environment.PORTAL_GATEWAY_URL).toBe(`http://gateway:${gateway.environment.GATEWAY_PORT}/graphql`);
    expect(portal.depends_on).toEqual({ gateway: { condition: 'service_healthy' } });
    expect(portal.healthcheck.test.join(' ')).toContain(`http://127.0.0.1:${portal.environment.PORTAL_PORT}/ready`);
    expect(portal.ports).toEqual([`\${PORTAL_PUBLISHED_PORT:-8080}:${portal.environment.PORTAL_PORT}`]);
  });

  test('holds no secret: passwords come from the environment', () => {
    const text = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
    expect(text).toContain('${POSTGRES_PASSWORD:?');
    for (const service of Object.values(compose.services)) {
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        if (/PASSWORD|SECRET|KEY/.test(key)) expect(value).toMatch(/^\$\{[A-Z_]+(:[?-][^}]*)?\}$/);
        expect(String(value)).not.toMatch(/:\/\/[^:$]+:[^$@]+@/); // user:literal-password@
      }
    }
  });
});
