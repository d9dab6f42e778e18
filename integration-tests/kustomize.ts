import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

/**
 * Renders a kustomization as `kustomize build` does, for the subset of kustomize that deploy/kubernetes uses:
 * `resources` (files and folders), `patches` (strategic-merge patch files naming their target by kind and
 * name; lists of objects merged by `name`), then the `namespace`, `labels` (metadata only) and `images`
 * transformers. No npm package renders kustomize (it is a Go program), so this is the one hand-written part;
 * any other kustomization field throws, so a manifest that uses more cannot pass unchecked.
 */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [field: string]: any;
}

interface Kustomization {
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  resources?: string[];
  patches?: { path: string }[];
  labels?: { pairs: Record<string, string>; includeSelectors?: boolean; includeTemplates?: boolean }[];
  images?: { name: string; newName?: string; newTag?: string }[];
}

const SUPPORTED = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'patches', 'labels', 'images']);

function documentsOf(file: string): KubernetesObject[] {
  return parseAllDocuments(readFileSync(file, 'utf8'))
    .map((document) => {
      if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]!.message}`);
      return document.toJS() as KubernetesObject | null;
    })
    .filter((object): object is KubernetesObject => object !== null);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Strategic merge, as kustomize applies it to these manifests: maps merge, lists of named objects merge by name. */
function mergePatch(target: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(patch)) {
    const current = target[key];
    if (value === null) {
      delete target[key];
    } else if (isPlainObject(current) && isPlainObject(value)) {
      mergePatch(current, value);
    } else if (Array.isArray(current) && Array.isArray(value) && value.every((item) => isPlainObject(item) && typeof item.name === 'string')) {
      for (const item of value as Record<string, unknown>[]) {
        const existing = (current as Record<string, unknown>[]).find((candidate) => candidate.name === item.name);
        if (existing) mergePatch(existing, item);
        else current.push(structuredClone(item));
      }
    } else {
      target[key] = structuredClone(value);
    }
  }
}

/** Every container of a workload (Deployment, Job). */
export function containersOf(object: KubernetesObject): { name: string; image: string; [field: string]: unknown }[] {
  const spec = object.spec?.template?.spec;
  return spec ? [...(spec.initContainers ?? []), ...(spec.containers ?? [])] : [];
}

export function kustomizeBuild(dir: string): KubernetesObject[] {
  const kustomization = parse(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')) as Kustomization;
  const unknown = Object.keys(kustomization).filter((key) => !SUPPORTED.has(key));
  if (unknown.length > 0) throw new Error(`${dir}/kustomization.yaml: not rendered by this test: ${unknown.join(', ')}`);
  const objects: KubernetesObject[] = [];
  for (const resource of kustomization.resources ?? []) {
    const path = join(dir, resource);
    objects.push(...(statSync(path).isDirectory() ? kustomizeBuild(path) : documentsOf(path)));
  }
  for (const { path } of kustomization.patches ?? []) {
    for (const patch of documentsOf(join(dir, path))) {
      const target = objects.find((object) => object.kind === patch.kind && object.metadata.name === patch.metadata.name);
      if (!target) throw new Error(`${dir}/${path}: no ${patch.kind} ${patch.metadata.name} to patch`);
      mergePatch(target, patch);
    }
  }
  for (const object of objects) {
    if (kustomization.namespace) object.metadata.namespace = kustomization.namespace;
    for (const { pairs, includeSelectors, includeTemplates } of kustomization.labels ?? []) {
      if (includeSelectors || includeTemplates) throw new Error(`${dir}: labels with selectors or templates are not rendered by this test`);
      object.metadata.labels = { ...object.metadata.labels, ...pairs };
    }
    for (const container of containersOf(object)) {
      const image = kustomization.images?.find((candidate) => container.image.split(':')[0] === candidate.name);
      if (image) container.image = `${image.newName ?? image.name}:${image.newTag ?? 'latest'}`;
    }
  }
  return objects;
}
