import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { SupergraphSdlHook } from '@apollo/gateway';
import { Supergraph } from '@apollo/federation-internals';
import type { Logger } from '@maillage/service-runtime';
import { subgraphsOf, type SubgraphRoute } from './subgraphs';

/** Where the supergraph comes from and how often it is looked at again. */
export interface SupergraphSourceOptions {
  /** The composed supergraph file (read at start unless `url` is set; watched when `watch`). */
  path: string;
  /** Watch `path`'s folder and reload on change (file mode). */
  watch: boolean;
  /** Quiet time after the last file event before the file is read: a writer is done by then. */
  debounceMs: number;
  /** Fetch the supergraph from this URL instead of the file, at start and every `pollMs`. */
  url?: string;
  pollMs: number;
  /** Routing URLs given in the environment (`SUBGRAPH_<NAME>_URL`), by variable name. */
  overrides: Record<string, string>;
  logger: Logger;
  /** Called after each supergraph is served (the first included), with its subgraphs. */
  onLoaded?(subgraphs: SubgraphRoute[]): void;
}

/** What `/ready` reports about the supergraph being served. */
export interface SupergraphStatus {
  /** sha256 of the served supergraph's text. */
  hash: string;
  loadedAt: string;
  source: string;
  subgraphs: SubgraphRoute[];
  /** The last supergraph that was refused, if any since start: why, when, and its hash when it was read. */
  lastRefusal?: { reason: string; at: string; hash?: string };
}

export interface SupergraphSource {
  /** For `new ApolloGateway({ supergraphSdl })`: the first supergraph, then `update` on each valid change. */
  hook: SupergraphSdlHook;
  status(): SupergraphStatus;
  /** The routing URL of a subgraph of the supergraph being served (follows reloads); undefined if unknown. */
  routeOf(name: string): string | undefined;
  /** Looks at the source now (tests, and the file watcher / poller). Never throws: a bad one is refused. */
  reload(): Promise<void>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Checks a candidate supergraph the way the gateway will load it — it parses, it is a valid supergraph
 * (federation's own validation), it has an API schema, every subgraph has a routing URL — and returns its
 * subgraphs. Throws with the reason otherwise: a half-written file fails here, never in the gateway.
 */
export function validateSupergraph(sdl: string, overrides: Record<string, string>): SubgraphRoute[] {
  if (sdl.trim() === '') throw new Error('the supergraph is empty');
  const supergraph = Supergraph.build(sdl, { validateSupergraph: true });
  supergraph.apiSchema();
  const subgraphs = subgraphsOf(sdl, overrides);
  const missing = subgraphs.filter((subgraph) => !subgraph.url).map((subgraph) => subgraph.name);
  if (missing.length > 0) throw new Error(`no routing URL for ${missing.join(', ')} (join__Graph url or SUBGRAPH_<NAME>_URL)`);
  return subgraphs;
}

/** The first line of an error's message: federation errors can run over many lines. */
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 500);

/**
 * The supergraph the gateway serves, kept up to date without a restart through `@apollo/gateway`'s supported
 * hook (`supergraphSdl` as a function, then `update`): Apollo swaps the schema and the query planner in one
 * synchronous step, and an operation already planned runs its plan to the end, so no request in flight is
 * dropped (one that asks for a field the new supergraph removed is refused by validation). A candidate that
 * fails to load is refused with its reason (logged, and reported by `/ready`) and the previous supergraph
 * keeps serving.
 */
export function createSupergraphSource(options: SupergraphSourceOptions): SupergraphSource {
  const { logger } = options;
  const source = options.url ?? options.path;
  let current: SupergraphStatus | undefined;
  let lastRefusal: SupergraphStatus['lastRefusal'];
  let etag: string | undefined;
  let update: ((sdl: string) => void) | undefined;
  let queue = Promise.resolve();

  /** The candidate's text, or undefined when the URL says it has not changed. */
  async function read(): Promise<string | undefined> {
    if (!options.url) return readFile(options.path, 'utf8');
    const response = await fetch(options.url, {
      headers: etag ? { 'if-none-match': etag } : {},
      signal: AbortSignal.timeout(Math.max(1000, Math.min(options.pollMs, 10_000))),
    });
    if (response.status === 304) return undefined;
    if (!response.ok) throw new Error(`${options.url} answered HTTP ${response.status}`);
    const text = await response.text();
    etag = response.headers.get('etag') ?? undefined;
    return text;
  }

  function refuse(reason: string, hash?: string): void {
    // The same failure again (a URL down at every poll): reported once, when it started.
    if (lastRefusal?.reason === reason && lastRefusal.hash === hash) return;
    lastRefusal = { reason, at: new Date().toISOString(), ...(hash ? { hash } : {}) };
    logger.warn({ source, reason, hash }, 'supergraph refused; the previous one keeps serving');
  }

  function accept(hash: string, subgraphs: SubgraphRoute[]): void {
    current = { hash, loadedAt: new Date().toISOString(), source, subgraphs };
    options.onLoaded?.(subgraphs);
  }

  async function loadOnce(): Promise<void> {
    let sdl: string | undefined;
    try {
      sdl = await read();
    } catch (error) {
      refuse(`could not read ${source}: ${reasonOf(error)}`);
      return;
    }
    if (sdl === undefined) return;
    const hash = sha256(sdl);
    // Already served, or already refused (a URL polled again, a file event repeated): nothing new to say.
    if (hash === current?.hash || hash === lastRefusal?.hash) return;
    try {
      const subgraphs = validateSupergraph(sdl, options.overrides);
      update!(sdl);
      accept(hash, subgraphs);
      logger.info({ source, hash, subgraphs: subgraphs.map((subgraph) => subgraph.name) }, 'supergraph reloaded');
    } catch (error) {
      refuse(reasonOf(error), hash);
    }
  }

  // One load at a time: `update` refuses to run while another update is in progress.
  const reload = () => (queue = queue.then(loadOnce));

  const hook: SupergraphSdlHook = async (hookOptions) => {
    update = hookOptions.update;
    const sdl = await read().catch((error: unknown) => {
      throw new Error(`could not read the supergraph from ${source}: ${reasonOf(error)}`, { cause: error });
    });
    let subgraphs: SubgraphRoute[];
    try {
      subgraphs = validateSupergraph(sdl!, options.overrides);
    } catch (error) {
      throw new Error(`the supergraph at ${source} does not load: ${reasonOf(error)}`, { cause: error });
    }
    accept(sha256(sdl!), subgraphs);
    return { supergraphSdl: sdl!, cleanup: startWatching() };
  };

  function startWatching(): () => Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    let watcher: FSWatcher | undefined;
    let poller: NodeJS.Timeout | undefined;
    if (options.url) {
      poller = setInterval(() => void reload(), options.pollMs);
      poller.unref();
    } else if (options.watch) {
      // The folder, not the file: an editor or a deployment replaces the file (rename), which a watch on the
      // file itself stops seeing. Any event in the folder is a reason to look; an unchanged hash is ignored.
      const name = basename(options.path);
      watcher = watch(dirname(options.path), { persistent: false }, (_event, file) => {
        if (file && file !== name && !file.startsWith('..')) return;
        clearTimeout(timer);
        timer = setTimeout(() => void reload(), options.debounceMs);
      });
      watcher.on('error', (error) => logger.warn({ err: error, source }, 'supergraph watcher failed; restart to reload'));
    }
    return async () => {
      clearTimeout(timer);
      clearInterval(poller);
      watcher?.close();
      await queue;
    };
  }

  return {
    hook,
    status: () => ({ ...current!, ...(lastRefusal ? { lastRefusal } : {}) }),
    routeOf: (name) => current?.subgraphs.find((subgraph) => subgraph.name === name)?.url,
    reload,
  };
}
