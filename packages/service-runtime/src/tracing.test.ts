import { startTracing } from './tracing';

test('without OTEL_EXPORTER_OTLP_ENDPOINT no tracer is registered and nothing is exported', () => {
  expect(startTracing('contracts', {})).toBeUndefined();
  expect(startTracing('contracts', { OTEL_EXPORTER_OTLP_ENDPOINT: '' })).toBeUndefined();
});
