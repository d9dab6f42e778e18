import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { freePort, startTestStack, viewers, type TestStack } from '@maillage/test-kit';

/**
 * OpenTelemetry traces are exported only when configured; when they are, one gateway operation and the
 * subgraph calls it makes share one trace (W3C trace context crosses the process boundary).
 */
interface OtlpSpan {
  traceId: string;
  name: string;
}
interface OtlpExport {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: { stringValue?: string } }[] };
    scopeSpans?: { spans?: OtlpSpan[] }[];
  }[];
}

const received: { service: string; traceId: string; name: string }[] = [];
let collector: Server;
let stack: TestStack;

beforeAll(async () => {
  const port = await freePort();
  collector = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport;
        for (const resourceSpans of body.resourceSpans ?? []) {
          const service = resourceSpans.resource?.attributes?.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
          for (const scope of resourceSpans.scopeSpans ?? []) {
            for (const span of scope.spans ?? []) received.push({ service, traceId: span.traceId, name: span.name });
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  collector.listen(port, '127.0.0.1');
  await once(collector, 'listening');
  stack = await startTestStack({
    env: { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`, OTEL_BSP_SCHEDULE_DELAY: '100' },
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
