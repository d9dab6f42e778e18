import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT_DIR, type RunningStack } from '@maillage/dev-stack';
import type { Viewer } from '@maillage/subgraph-kit';
import { peakRss } from './memory';
import { freePort } from './ports';
import { benchNodeFlags, serviceNodeOptions } from './stack';

export interface HiveGateway {
  url: string;
  pid: number;
  peakRss(): number;
  stop(): Promise<void>;
}

/** Starts Hive Gateway in a child process and keeps it supplied with fresh internal identities. */
export async function startHive(stack: RunningStack, viewer: Viewer, options: { dedup: boolean }): Promise<HiveGateway> {
  const port = await freePort();
  const child: ChildProcess = fork(join(__dirname, 'hive-child.js'), [], {
    env: { PATH: process.env.PATH, NODE_ENV: 'production', HIVE_PORT: String(port), HIVE_SUBGRAPHS: JSON.stringify(stack.subgraphUrls),
      HIVE_SUPERGRAPH: join(ROOT_DIR, 'schema/supergraph.graphql'), HIVE_DEDUP: String(options.dedup),
      // The same Node options as our services (`BENCH_NODE_OPTIONS`, the profiler): both gateways run alike.
      ...(serviceNodeOptions() ? { NODE_OPTIONS: serviceNodeOptions() } : {}) },
    // The bench's own Node flags (its heap limit, as `fork` passes them by default), then the same flags as our
    // services (`BENCH_NODE_FLAGS`, none by default).
    execArgv: [...process.execArgv, ...benchNodeFlags()],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const sendTokens = async () => {
    const tokens: Record<string, string> = {};
    for (const name of Object.keys(stack.subgraphUrls)) tokens[name] = await stack.signInternal(viewer, name);
    if (child.connected) child.send({ tokens });
  };
  await sendTokens();
  const timer = setInterval(() => void sendTokens(), 20_000);
  await new Promise<void>((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error('Hive Gateway did not listen within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`Hive Gateway exited with code ${code}`)));
    child.on('message', (message: { listening?: boolean }) => {
      if (message.listening) {
        clearTimeout(deadline);
        resolve();
      }
    });
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    pid: child.pid!,
    peakRss: () => peakRss(child.pid!),
    stop: async () => {
      clearInterval(timer);
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(force);
    },
  };
}
