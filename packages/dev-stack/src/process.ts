import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A child process of the stack (a subgraph or the gateway). */
export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
  /** The last lines it wrote on stderr, to explain a failed start. */
  lastErrors: string[];
}

/**
 * Starts `node <nodeFlags> <script>` with an IPC channel: the child shuts down by itself when this process goes
 * away, however it goes (the kit listens for `disconnect`), so no service outlives the stack. `nodeFlags` are for
 * the flags NODE_OPTIONS refuses (V8's, such as `--single-threaded-gc`): none unless a caller (the bench) asks.
 */
export function spawnService(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  onLine: (name: string, line: string) => void,
  nodeFlags: readonly string[] = [],
): ServiceProcess {
  const child = spawn(process.execPath, [...nodeFlags, script], { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const lastErrors: string[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => onLine(name, line));
  createInterface({ input: child.stderr! }).on('line', (line) => {
    lastErrors.push(line);
    if (lastErrors.length > 5) lastErrors.shift();
    onLine(name, line);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, child, exited, lastErrors };
}

/** Polls `url` until it answers 2xx; fails early when the process exits, or after `timeoutMs`. */
export async function waitUntilReady(service: ServiceProcess, url: string, timeoutMs = 90_000): Promise<void> {
  let exitCode: number | null | undefined;
  void service.exited.then((code) => {
    exitCode = code;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      const reason = service.lastErrors.at(-1) ?? `exited with code ${exitCode}`;
      throw new Error(`${service.name} did not start: ${reason.replace(new RegExp(`^${service.name}: `), '')}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${service.name} was not ready after ${timeoutMs / 1000} s (${url})`);
}

/** SIGTERM, then SIGKILL if the process has not exited after `graceMs`. */
export async function stopService(service: ServiceProcess, graceMs = 10_000): Promise<void> {
  if (service.child.exitCode !== null || service.child.signalCode !== null) return;
  service.child.kill('SIGTERM');
  const timer = setTimeout(() => service.child.kill('SIGKILL'), graceMs);
  await service.exited;
  clearTimeout(timer);
}
