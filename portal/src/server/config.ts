import { z } from 'zod';

/** Only this module reads the environment (as in every other process of the hub). */
export const portalEnvSchema = z.object({
  PORTAL_PORT: z.coerce.number().int().min(1).max(65535).default(4010),
  PORTAL_HOST: z.string().min(1).default('0.0.0.0'),
  /** Where `/graphql` is forwarded: the gateway, seen from the portal's host. */
  PORTAL_GATEWAY_URL: z.url(),
  /** The OpenID Connect provider (issuer URL) and the portal's client id there. */
  PORTAL_OIDC_ISSUER: z.url(),
  PORTAL_OIDC_CLIENT_ID: z.string().min(1),
  PORTAL_OIDC_SCOPE: z.string().min(1).default('openid profile'),
  /** Optional resource indicator (RFC 8707) sent with the authorization request. */
  PORTAL_OIDC_RESOURCE: z.string().min(1).optional(),
  PORTAL_GATEWAY_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  NODE_ENV: z.string().default('production'),
  LOG_LEVEL: z.string().default('info'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /** Chromium's executable for the reports' PDF (headless); unset: PDF off (503 PDF_UNAVAILABLE). */
  PORTAL_PDF_CHROMIUM: z.string().min(1).optional(),
});

export interface PortalConfig {
  port: number;
  host: string;
  gatewayUrl: string;
  gatewayTimeoutMs: number;
  /** Sent to the browser as `/config.json`: nothing secret. */
  client: { oidc: { authority: string; clientId: string; scope: string; resource?: string } };
  logLevel: string;
  shutdownGraceMs: number;
  /** Chromium's executable for the reports' PDF; undefined: no PDF. */
  pdfChromium?: string;
}

/** Parses the environment, reporting every problem at once in one line. */
export function loadPortalConfig(env: NodeJS.ProcessEnv = process.env): PortalConfig {
  const result = portalEnvSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid configuration: ${problems.join('; ')}`);
  }
  const values = result.data;
  return {
    port: values.PORTAL_PORT,
    host: values.PORTAL_HOST,
    gatewayUrl: values.PORTAL_GATEWAY_URL,
    gatewayTimeoutMs: values.PORTAL_GATEWAY_TIMEOUT_MS,
    client: {
      oidc: {
        authority: values.PORTAL_OIDC_ISSUER,
        clientId: values.PORTAL_OIDC_CLIENT_ID,
        scope: values.PORTAL_OIDC_SCOPE,
        ...(values.PORTAL_OIDC_RESOURCE ? { resource: values.PORTAL_OIDC_RESOURCE } : {}),
      },
    },
    logLevel: values.LOG_LEVEL,
    shutdownGraceMs: values.SHUTDOWN_GRACE_MS,
    ...(values.PORTAL_PDF_CHROMIUM ? { pdfChromium: values.PORTAL_PDF_CHROMIUM } : {}),
  };
}
