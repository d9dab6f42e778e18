import type { Server } from 'node:http';
import type { Express } from 'express';

/** Listens on `port`; a port in use becomes one line naming it instead of an unhandled error event. */
export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${port} is already in use (set HTTP_PORT to another port)`
            : `cannot listen on ${host}:${port}: ${error.message}`,
        ),
      );
    });
  });
}

/**
 * Stops accepting connections, lets in-flight requests finish for up to `graceMs`, then cuts what remains.
 */
export function closeGracefully(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/** The port a listening server got (useful when asked for port 0). */
export function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server is not listening on TCP');
  return address.port;
}
