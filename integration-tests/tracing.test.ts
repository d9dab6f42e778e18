import type { Server } from 'node:http';
import { freePort, startTestStack, viewers, type TestStack } from '@maillage/test-kit';
import { startOtlpCollector, type ReceivedSpan } from './otlp-collector';

/**
 * OpenTelemetry traces are exported only when configured; when they are, one gateway operation and the
 * subgraph calls it makes share one trace (W3C trace context crosses the process boundary).
 */
let received: ReceivedSpan[] = [];
let collector: Server;
let stack: TestStack;

beforeAll(async () => {
  const started = await startOtlpCollector('127.0.0.1', await freePort());
  collector = started.server;
  received = started.spans;
  stack = await startTestStack({
    env: { OTEL_EXPORTER_OTLP_ENDPOINT: started.url, OTEL_BSP_SCHEDULE_DELAY: '100' },
  });
});

afterAll(async () => {
  await stack?.stop();
  collector?.close();
});

test('one operation through the gateway is one trace across the gateway and the subgraphs it calls', async () => {
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  const { body } = await stack.query(
    '{ contract(id: "5c0e1d2a-0000-4000-8000-000000000003") { reference buyer { commune { name } } } }',
    undefined,
    { viewer: viewers.facilitator(['69']), headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` } },
  );
  expect(body.errors).toBeUndefined();
  const servicesInTrace = () => [...new Set(received.filter((span) => span.traceId === traceId).map((span) => span.service))].sort();
  for (let attempt = 0; attempt < 100 && servicesInTrace().length < 3; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(servicesInTrace()).toEqual(['maillage-contracts', 'maillage-directory', 'maillage-gateway']);
  // Health probes are not traced.
  expect(received.some((span) => /health|ready/.test(span.name))).toBe(false);
});
