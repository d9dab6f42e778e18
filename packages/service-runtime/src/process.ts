import type { Logger } from 'pino';

/** Prints one line for a fatal start-up error and exits non-zero: never a bare stack trace. */
export function exitOnFatal(name: string, logger: Logger | undefined, error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  logger?.fatal({ err: error }, 'start-up failed');
  process.stderr.write(`${name}: ${message}\n`);
  process.exit(1);
}

/**
 * Stops gracefully on SIGTERM or SIGINT, and when the parent that spawned this process over IPC goes away
 * (`npm start`): a service never outlives the stack that started it.
 */
export function stopOnSignals(name: string, logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error: unknown) => exitOnFatal(name, logger, error),
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  if (process.send) process.on('disconnect', () => shutdown('parent exited'));
}
