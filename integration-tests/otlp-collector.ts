import { once } from 'node:events';
import { createServer, type Server } from 'node:http';

/** A span as an OTLP/HTTP (JSON) exporter sends it, with the exporting process's `service.name`. */
export interface ReceivedSpan {
  service: string;
  traceId: string;
  name: string;
  durationMs: number;
  attributes: Record<string, unknown>;
}

interface OtlpExport {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: { stringValue?: string } }[] };
    scopeSpans?: {
      spans?: { traceId: string; name: string; startTimeUnixNano: string; endTimeUnixNano: string; attributes?: { key: string; value: Record<string, unknown> }[] }[];
    }[];
  }[];
}

/** An OpenTelemetry collector for tests: receives `POST /v1/traces` on `host`:`port` and keeps every span. */
export async function startOtlpCollector(host: string, port: number): Promise<{ url: string; spans: ReceivedSpan[]; server: Server }> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport;
        for (const resourceSpans of body.resourceSpans ?? []) {
          const service = resourceSpans.resource?.attributes?.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
          for (const span of (resourceSpans.scopeSpans ?? []).flatMap((scope) => scope.spans ?? [])) {
            spans.push({
              service,
              traceId: span.traceId,
              name: span.name,
              durationMs: Number(BigInt(span.endTimeUnixNano) - BigInt(span.startTimeUnixNano)) / 1e6,
              attributes: Object.fromEntries((span.attributes ?? []).map((a) => [a.key, Object.values(a.value)[0]])),
            });
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  server.listen(port, host);
  await once(server, 'listening');
  return { url: `http://${host}:${port}`, spans, server };
}
