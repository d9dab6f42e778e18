import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gatewayEnvSchema, subgraphUrlVariable } from '@maillage/gateway';
import { portalEnvSchema } from '@maillage/portal';
import { subgraphEnvSchema } from '@maillage/subgraph-kit';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Service } from 'kubernetes-models/v1/Service';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { type z } from 'zod';
import { containersOf, kustomizeBuild, type KubernetesObject } from './kustomize';
import { allows } from './network-policy';

/**
 * deploy/kubernetes rendered for each overlay and checked: every object against the Kubernetes API schemas
 * (kubernetes-models' validators), the CloudNativePG objects against what the hub needs of them (no npm
 * package publishes their schema), and names, ports and environment against the code's configuration
 * schemas, as deployment.test.ts does for docker-compose.yml.
 */
const ROOT = join(__dirname, '..');
const OVERLAYS = ['development', 'production'] as const;
const subgraphList = (JSON.parse(readFileSync(join(ROOT, 'schema/subgraphs.json'), 'utf8')) as {
  subgraphs: { name: string; package: string }[];
}).subgraphs;
/** Peak resident memory (VmHWM, bytes) of each process: the largest over the sizes of the benchmark's last runs (L is the nation). */
const measured: Record<string, number> = {};
for (const report of Object.values(JSON.parse(readFileSync(join(ROOT, 'bench/results.json'), 'utf8')) as Record<string, { memory: Record<string, number> }>)) {
  for (const [name, peak] of Object.entries(report.memory)) measured[name] = Math.max(measured[name] ?? 0, peak);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'v1/Service': Service,
  'v1/ConfigMap': ConfigMap,
  'batch/v1/Job': Job,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
};
const CNPG = 'postgresql.cnpg.io/v1';

const rendered = Object.fromEntries(OVERLAYS.map((overlay) => [overlay, kustomizeBuild(join(ROOT, 'deploy/kubernetes/overlays', overlay))]));

function find(objects: KubernetesObject[], kind: string, name: string): KubernetesObject {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
}

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: { name: string; key: string } };
}

function envOf(object: KubernetesObject, container = 0): Map<string, EnvVar> {
  return new Map((containersOf(object)[container]!.env as EnvVar[]).map((variable) => [variable.name, variable]));
}

function requiredKeys(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
    .map(([key]) => key);
}

/** `368Mi` → bytes. */
function bytesOf(quantity: string): number {
  const match = /^(\d+)(Mi|Gi)$/.exec(quantity);
  if (!match) throw new Error(`unexpected quantity ${quantity}`);
  return Number(match[1]) * (match[2] === 'Gi' ? 1024 ** 3 : 1024 ** 2);
}

function probePath(object: KubernetesObject, probe: 'livenessProbe' | 'readinessProbe'): { path: string; port: string } {
  return (containersOf(object)[0]![probe] as { httpGet: { path: string; port: string } }).httpGet;
}

describe("kubernetes-models' validator", () => {
  // Its schemas check types, required fields and enumerations, not unknown fields (they allow additional
  // properties): the agreement tests below check the fields the hub relies on by name.
  test.each([
    ['a port given as text', (c: Record<string, any>) => (c.ports[0].containerPort = '4000')], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a container without its name', (c: Record<string, any>) => delete c.name], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a probe with a port of the wrong type', (c: Record<string, any>) => (c.livenessProbe.httpGet.port = { name: 'http' })], // eslint-disable-line @typescript-eslint/no-explicit-any
  ])('refuses %s (so a pass below means something)', (_what, spoil) => {
    const object = structuredClone(find(rendered.production!, 'Deployment', 'gateway'));
    expect(() => new Deployment(object).validate()).not.toThrow();
    spoil(object.spec.template.spec.containers[0]);
    expect(() => new Deployment(object).validate()).toThrow();
  });
});

describe.each(OVERLAYS)('deploy/kubernetes, overlay %s', (overlay) => {
  const objects = rendered[overlay]!;

  test('every object validates against the Kubernetes API schema, in the overlay\'s namespace', () => {
    for (const object of objects) {
      expect(object.metadata.namespace).toBe(overlay === 'production' ? 'maillage' : 'maillage-dev');
      expect(object.metadata.labels?.['app.kubernetes.io/part-of']).toBe('maillage');
      if (object.apiVersion === CNPG) {
        // Its metadata is a Kubernetes ObjectMeta: validated with the same schema, carried by a ConfigMap.
        expect(() => new ConfigMap({ metadata: object.metadata }).validate()).not.toThrow();
        continue;
      }
      const Model = MODELS[`${object.apiVersion}/${object.kind}`];
      if (!Model) throw new Error(`no model for ${object.apiVersion} ${object.kind}`);
      expect(() => new Model(object).validate()).not.toThrow();
    }
  });

  test('holds no secret: secrets are referenced (secretKeyRef), never written', () => {
    expect(objects.filter((object) => object.kind === 'Secret')).toEqual([]);
    for (const object of objects) {
      for (const container of containersOf(object)) {
        for (const variable of (container.env ?? []) as EnvVar[]) {
          if (/KEY|PASSWORD|SECRET|DB_URL/.test(variable.name)) {
            expect([variable.name, variable.value, variable.valueFrom?.secretKeyRef?.name]).toEqual([variable.name, undefined, expect.any(String)]);
          }
        }
      }
    }
  });

  test.each(subgraphList.map((s) => [s.name, s.package] as const))('%s: a Deployment configured as its schema expects, a Service, a migration Job, its own PostgreSQL with backups', (name, workspace) => {
    const deployment = find(objects, 'Deployment', name);
    const env = envOf(deployment);
    const known = Object.keys(subgraphEnvSchema.shape);
    expect([...env.keys()].filter((key) => !known.includes(key))).toEqual([]);
    for (const key of requiredKeys(subgraphEnvSchema)) expect(env.has(key)).toBe(true);
    expect(env.has('AUTH_GATEWAY_PUBLIC_KEY') !== env.has('AUTH_GATEWAY_JWKS_URL')).toBe(true);
    expect(subgraphEnvSchema.shape.HTTP_PORT.safeParse(env.get('HTTP_PORT')!.value).success).toBe(true);
    const port = Number(env.get('HTTP_PORT')!.value);
    const container = containersOf(deployment)[0]!;
    expect(container.ports).toEqual([{ name: 'http', containerPort: port }]);
    expect(container.image).toMatch(new RegExp(`/maillage/${name}:`));
    expect(probePath(deployment, 'livenessProbe')).toEqual({ path: '/health', port: 'http' });
    expect(probePath(deployment, 'readinessProbe')).toEqual({ path: '/ready', port: 'http' });
    expect(env.get('DB_MIGRATE')!.value).toBe('false');

    const service = find(objects, 'Service', name);
    expect(service.spec.ports).toEqual([{ name: 'http', port, targetPort: 'http' }]);
    expect(Object.entries(service.spec.selector).every(([k, v]) => deployment.spec.template.metadata.labels[k] === v)).toBe(true);

    // The database: CloudNativePG's Cluster `<name>-db` writes the secret `<name>-db-app` (key `uri`).
    expect(env.get('DB_URL')!.valueFrom!.secretKeyRef).toEqual({ name: `${name}-db-app`, key: 'uri' });
    const cluster = find(objects, 'Cluster', `${name}-db`);
    expect(cluster.spec.bootstrap.initdb.database).toBe(`maillage_${name}`);
    expect(cluster.spec.instances).toBe(overlay === 'production' ? 3 : 1);
    expect(cluster.spec.storage.size).toMatch(/^\d+Gi$/);
    expect(cluster.spec.backup.barmanObjectStore.destinationPath).toMatch(/^s3:\/\//);
    const backup = find(objects, 'ScheduledBackup', `${name}-db-daily`);
    expect(backup.spec.cluster).toEqual({ name: `${name}-db` });
    expect(backup.spec.schedule.split(' ')).toHaveLength(6);

    // The migration job runs this subgraph's own entry point, with the same configuration.
    const job = find(objects, 'Job', `${name}-migrate`);
    expect(existsSync(join(ROOT, workspace, 'src/main.ts'))).toBe(true);
    expect(containersOf(job)[0]!.command).toEqual(['node', `${workspace}/dist/main.js`, '--migrate-only']);
    expect(containersOf(job)[0]!.image).toBe(container.image);
    const jobEnv = envOf(job);
    for (const key of requiredKeys(subgraphEnvSchema)) expect(jobEnv.get(key)).toEqual(env.get(key));
    expect(jobEnv.get('AUTH_GATEWAY_PUBLIC_KEY')).toEqual(env.get('AUTH_GATEWAY_PUBLIC_KEY'));
  });

  test('memory requests and limits come from the benchmark\'s peak (VmHWM), limit 1.5 × the request', () => {
    for (const name of [...subgraphList.map((s) => s.name), 'gateway']) {
      const { requests, limits } = containersOf(find(objects, 'Deployment', name))[0]!.resources as {
        requests: { memory: string };
        limits: { memory: string };
      };
      const peak = measured[name];
      if (peak !== undefined) expect(bytesOf(requests.memory)).toBeGreaterThanOrEqual(peak);
      expect(bytesOf(limits.memory)).toBe(bytesOf(requests.memory) * 1.5);
    }
  });

  test('the README\'s table of sizes says what is deployed: each request and limit as rendered, each peak as measured', () => {
    const readme = readFileSync(join(ROOT, 'deploy/kubernetes/README.md'), 'utf8');
    for (const name of [...subgraphList.map((s) => s.name), 'gateway', 'portal']) {
      const row = new RegExp(`^\\| ${name} \\| (.*) \\| (\\d+) (Mi|Gi) \\| (\\d+) (Mi|Gi) \\|$`, 'm').exec(readme);
      if (!row) throw new Error(`deploy/kubernetes/README.md: no row for ${name} in its table of sizes`);
      const { requests, limits } = containersOf(find(objects, 'Deployment', name))[0]!.resources as {
        requests: { memory: string };
        limits: { memory: string };
      };
      expect([`${row[2]}${row[3]}`, `${row[4]}${row[5]}`]).toEqual([requests.memory, limits.memory]);
      const peak = measured[name];
      expect(row[1]!.split(' (')[0]).toBe(peak === undefined ? 'not measured' : `${Math.round(peak / 1024 ** 2)} Mi`);
    }
  });

  test('the gateway routes to each subgraph\'s Service and port, scales with an autoscaler, and keeps pods through disruptions', () => {
    const gateway = find(objects, 'Deployment', 'gateway');
    const env = envOf(gateway);
    const known = [...Object.keys(gatewayEnvSchema.shape), ...subgraphList.map((s) => subgraphUrlVariable(s.name))];
    expect([...env.keys()].filter((key) => !known.includes(key))).toEqual([]);
    for (const key of requiredKeys(gatewayEnvSchema)) expect(env.has(key)).toBe(true);
    for (const { name } of subgraphList) {
      const port = find(objects, 'Service', name).spec.ports[0].port as number;
      expect(env.get(subgraphUrlVariable(name))!.value).toBe(`http://${name}:${port}/graphql`);
    }
    const port = Number(env.get('GATEWAY_PORT')!.value);
    expect(containersOf(gateway)[0]!.ports).toEqual([{ name: 'http', containerPort: port }]);
    expect(find(objects, 'Service', 'gateway').spec.ports).toEqual([{ name: 'http', port, targetPort: 'http' }]);
    expect(probePath(gateway, 'livenessProbe')).toEqual({ path: '/health', port: 'http' });
    expect(probePath(gateway, 'readinessProbe')).toEqual({ path: '/ready', port: 'http' });
    const hpa = find(objects, 'HorizontalPodAutoscaler', 'gateway');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'gateway' });
    expect(hpa.spec.minReplicas).toBeLessThanOrEqual(hpa.spec.maxReplicas);
    const pdb = find(objects, 'PodDisruptionBudget', 'gateway');
    expect(pdb.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'gateway' });
    expect(pdb.spec.minAvailable).toBeLessThan(hpa.spec.minReplicas);
  });

  test('the portal is configured as its schema expects and forwards /graphql to the gateway\'s Service', () => {
    const portal = find(objects, 'Deployment', 'portal');
    const env = envOf(portal);
    const known = Object.keys(portalEnvSchema.shape);
    expect([...env.keys()].filter((key) => !known.includes(key))).toEqual([]);
    for (const key of requiredKeys(portalEnvSchema)) expect(env.has(key)).toBe(true);
    const gatewayPort = find(objects, 'Service', 'gateway').spec.ports[0].port as number;
    expect(env.get('PORTAL_GATEWAY_URL')!.value).toBe(`http://gateway:${gatewayPort}/graphql`);
    expect(containersOf(portal)[0]!.ports).toEqual([{ name: 'http', containerPort: Number(env.get('PORTAL_PORT')!.value) }]);
    const configMap = find(objects, 'ConfigMap', 'maillage-identity-provider');
    for (const variable of [...env.values(), ...envOf(find(objects, 'Deployment', 'gateway')).values()]) {
      const reference = variable.valueFrom?.configMapKeyRef;
      if (reference) expect(configMap.data[reference.key]).toEqual(expect.any(String));
    }
  });

  test('network policies: only the gateway reaches a subgraph, a subgraph reaches only its database, the portal only the gateway', () => {
    const policies = objects.filter((object) => object.kind === 'NetworkPolicy');
    const pod = (name: string) => find(objects, 'Deployment', name).spec.template.metadata.labels as Record<string, string>;
    const database = (name: string) => ({ 'cnpg.io/cluster': `${name}-db`, 'cnpg.io/instanceRole': 'primary' });
    const portOf = (name: string) => find(objects, 'Service', name).spec.ports[0].port as number;
    expect(allows(policies, pod('portal'), pod('gateway'), portOf('gateway'))).toBe(true);
    expect(allows(policies, {}, pod('gateway'), portOf('gateway'))).toBe(false);
    for (const { name } of subgraphList) {
      expect(allows(policies, pod('gateway'), pod(name), portOf(name))).toBe(true);
      expect(allows(policies, pod('portal'), pod(name), portOf(name))).toBe(false);
      expect(allows(policies, pod(name), database(name), 5432)).toBe(true);
      expect(allows(policies, find(objects, 'Job', `${name}-migrate`).spec.template.metadata.labels, database(name), 5432)).toBe(true);
      expect(allows(policies, pod('gateway'), database(name), 5432)).toBe(false);
      expect(allows(policies, pod('portal'), database(name), 5432)).toBe(false);
      expect(allows(policies, pod(name), pod('gateway'), portOf('gateway'))).toBe(false);
      for (const other of subgraphList.filter((s) => s.name !== name)) {
        expect(allows(policies, pod(name), pod(other.name), portOf(other.name))).toBe(false);
        expect(allows(policies, pod(name), database(other.name), 5432)).toBe(false);
      }
    }
  });
});
