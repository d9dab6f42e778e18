import { join } from 'node:path';
import { loadPortalConfig } from './config';
import { closePdfBrowser } from './report-pdf';
import { createPortalServer } from './server';

/** The portal's process: `node portal/dist/main.js` (Docker: SERVICE=portal). */
function main(): void {
  let config;
  try {
    config = loadPortalConfig();
  } catch (error) {
    process.stderr.write(`portal: ${(error as Error).message}\n`);
    process.exit(1);
  }
  const server = createPortalServer(config, join(__dirname, 'public'));
  server.once('error', (error: NodeJS.ErrnoException) => {
    process.stderr.write(
      `portal: ${error.code === 'EADDRINUSE' ? `port ${config.port} is already in use: set PORTAL_PORT` : error.message}\n`,
    );
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    if (config.logLevel !== 'silent' && config.logLevel !== 'warn' && config.logLevel !== 'error') {
      process.stdout.write(`portal: ready on http://${config.host}:${config.port} (node ${process.version})\n`);
    }
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => void closePdfBrowser().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), config.shutdownGraceMs).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop);
}

main();
