// Tracing first: it instruments the HTTP modules the rest of the process loads.
import { startTracing } from '@maillage/service-runtime/tracing';
startTracing('gateway');

import { closeGracefully, createLogger, exitOnFatal, listen, stopOnSignals, type Logger } from '@maillage/service-runtime';
import { loadGatewayConfig } from './config';
import { createGatewayServer } from './server';

/** The gateway process: configuration, the supergraph (reloaded on change), listen, graceful shutdown. */
async function main(): Promise<void> {
  let logger: Logger | undefined;
  try {
    const config = loadGatewayConfig();
    logger = createLogger({ name: 'gateway', level: config.log.level });
    const gateway = await createGatewayServer(config, logger);
    const http = await listen(gateway.app, config.http.port, config.http.host);
    logger.info({ port: config.http.port, node: process.version, subgraphs: gateway.subgraphs().map((s) => s.name), supergraph: gateway.supergraph().hash }, 'gateway ready');
    stopOnSignals('gateway', logger, async () => {
      await closeGracefully(http, config.shutdownGraceMs);
      await gateway.stop();
    });
  } catch (error) {
    exitOnFatal('gateway', logger, error);
  }
}

void main();
