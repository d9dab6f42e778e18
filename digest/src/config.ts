import { booleanSchema, parseEnv, portSchema } from '@maillage/service-runtime';
import { z } from 'zod';

/** The digest's configuration; `null` when SMTP is not configured: the digest is then off. */
export interface DigestConfig {
  smtp: { host: string; port: number; secure: boolean; user: string | null; password: string | null };
  from: string;
  /** Cron expression (minute hour day month weekday), in `timezone`. */
  schedule: string;
  timezone: string;
  gatewayUrl: string;
  /** A file holding the service account's bearer token, read before each sending (rotated by the platform). */
  tokenFile: string;
}

const optional = z.string().trim().min(1).optional();

const schema = z.object({
  DIGEST_SMTP_HOST: optional,
  DIGEST_SMTP_PORT: portSchema.default(587),
  DIGEST_SMTP_SECURE: booleanSchema.default(false),
  DIGEST_SMTP_USER: optional,
  DIGEST_SMTP_PASSWORD: optional,
  DIGEST_FROM: optional,
  DIGEST_SCHEDULE: z.string().trim().regex(/^(\S+\s+){4}\S+$/, 'must be a cron expression of five fields (minute hour day month weekday)').default('0 7 * * 1'),
  DIGEST_TIMEZONE: z.string().default('Europe/Paris'),
  DIGEST_GATEWAY_URL: z.url().optional(),
  DIGEST_GATEWAY_TOKEN_FILE: optional,
});

/**
 * Reads the `DIGEST_*` variables. Without `DIGEST_SMTP_HOST` the digest is off (null); with it, the sender,
 * the gateway's URL and the token file are required — every problem reported at once.
 */
export function readDigestConfig(env: NodeJS.ProcessEnv): DigestConfig | null {
  const parsed = parseEnv(schema.superRefine((value, context) => {
    if (!value.DIGEST_SMTP_HOST) return;
    for (const name of ['DIGEST_FROM', 'DIGEST_GATEWAY_URL', 'DIGEST_GATEWAY_TOKEN_FILE'] as const) {
      if (!value[name]) context.addIssue({ code: 'custom', path: [name], message: 'is required when DIGEST_SMTP_HOST is set' });
    }
  }), env);
  if (!parsed.DIGEST_SMTP_HOST) return null;
  return {
    smtp: { host: parsed.DIGEST_SMTP_HOST, port: parsed.DIGEST_SMTP_PORT, secure: parsed.DIGEST_SMTP_SECURE, user: parsed.DIGEST_SMTP_USER ?? null, password: parsed.DIGEST_SMTP_PASSWORD ?? null },
    from: parsed.DIGEST_FROM!,
    schedule: parsed.DIGEST_SCHEDULE,
    timezone: parsed.DIGEST_TIMEZONE,
    gatewayUrl: parsed.DIGEST_GATEWAY_URL!,
    tokenFile: parsed.DIGEST_GATEWAY_TOKEN_FILE!,
  };
}
