import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/**
 * OpenTelemetry traces, exported only when `OTEL_EXPORTER_OTLP_ENDPOINT` is set (OTLP over HTTP, e.g.
 * `http://collector:4318`): incoming HTTP requests, and outgoing `fetch` calls with W3C trace context, so a
 * gateway operation and the subgraph calls it makes form one trace. Nothing is sent anywhere otherwise.
 *
 * Import this module first in a process's entry point: instrumentation must be in place before the HTTP
 * server modules are used. Spans carry methods, routes and status codes, never request bodies.
 */
export function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): NodeTracerProvider | undefined {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/$/, '');
  if (!endpoint) return undefined;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME ?? `maillage-${service}` }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint}/v1/traces` }))],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      // Health probes and scrapes would drown the traces that matter.
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => /^\/(health|ready|metrics)\b/.test(req.url ?? '') }),
      new UndiciInstrumentation(),
    ],
  });
  const flush = () => void provider.shutdown();
  process.once('beforeExit', flush);
  return provider;
}
