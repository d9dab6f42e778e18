import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Keys that may carry personal data or secrets. pino replaces their values with "[redacted]" wherever a
 * log call passes them by mistake; the first rule remains to never log them at all.
 */
export const REDACTED_KEYS = [
  'password',
  'token',
  'authorization',
  'cookie',
  'firstName',
  'lastName',
  'birthDate',
  'email',
  'phone',
  'address',
  'franceTravailId',
  'variables',
];

/** Creates the one logger of a process: JSON lines on stdout, named after the service. */
export function createLogger(options: { name: string; level: string }): Logger {
  const paths = REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);
  return pino({
    name: options.name,
    level: options.level,
    base: { service: options.name },
    redact: { paths, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
