import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Viewer } from '@maillage/subgraph-kit';
import { DEMO_VIEWERS, DEV_AUDIENCE, DEV_PORTAL_CLIENT_ID } from './dev-issuer';

/**
 * The development identity provider, a real OpenID Connect provider (`oidc-provider`, certified) run as its
 * own process by `npm start` when the portal is served. It signs with the same EdDSA key as `npm run token`
 * and serves its JWKS where the gateway already looks (`/.well-known/jwks.json`), so the gateway verifies
 * the portal's access tokens exactly as it verifies every other token. Its sign-in page lists the demo
 * accounts (one per role): choose one, no password. Development only.
 *
 * Environment: OIDC_PORT, OIDC_ISSUER, OIDC_KEY_FILE, OIDC_PORTAL_URLS (comma-separated origins of the
 * portal), OIDC_CLIENT_ID, OIDC_ACCESS_TOKEN_TTL (seconds).
 */
export const RESOURCE = 'urn:maillage:api';
export const RESOURCE_SCOPE = 'api';

const ROLE_LABELS: Record<string, string> = {
  facilitator: 'Facilitatrice des clauses sociales — PLIE de Lyon (Rhône)',
  buyer: 'Acheteur public — Ville de Villeurbanne',
  company: 'Entreprise titulaire — Bâtir Rhône',
  structure: 'Structure d’insertion — Recyclerie',
  partner: 'Partenaire (compte de service) — France Travail',
  admin: 'Administratrice de la plateforme',
};

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;background:#f6f5f2;color:#1d1d1b;line-height:1.5}
main{max-width:36rem;margin:2rem auto;padding:1.5rem;background:#fff;border:1px solid #c9c6bd;border-radius:8px}
h1{font-size:1.5rem;margin-top:0}ul{list-style:none;padding:0}li{margin:.5rem 0}
button{width:100%;text-align:left;font:inherit;padding:.75rem 1rem;border:2px solid #1f5d50;border-radius:6px;background:#fff;color:#1d1d1b;cursor:pointer}
button:hover{background:#e7f1ee}button:focus-visible{outline:3px solid #b3471d;outline-offset:2px}
.role{display:block;font-weight:700;color:#1f5d50}.note{font-size:.9rem;color:#4a4a45}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} — Maillage (développement)</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

function accountFor(id: string): Viewer | undefined {
  return DEMO_VIEWERS.find((viewer) => viewer.subject === id);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 10_000) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

async function main(): Promise<void> {
  const port = Number(env('OIDC_PORT'));
  const issuer = env('OIDC_ISSUER');
  const clientId = process.env.OIDC_CLIENT_ID || DEV_PORTAL_CLIENT_ID;
  const portals = env('OIDC_PORTAL_URLS').split(',').map((url) => new URL(url).origin);
  const accessTokenTtl = Number(process.env.OIDC_ACCESS_TOKEN_TTL || 3600);
  const keys = JSON.parse(await readFile(env('OIDC_KEY_FILE'), 'utf8')) as { privateJwk: Record<string, unknown> };
  const { default: Provider } = await import('oidc-provider');

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        response_types: ['code'],
        grant_types: ['authorization_code'],
        redirect_uris: portals.flatMap((origin) => [`${origin}/connexion/retour`, `${origin}/connexion/silencieuse`]),
        post_logout_redirect_uris: portals.map((origin) => `${origin}/`),
        id_token_signed_response_alg: 'EdDSA',
      },
    ],
    jwks: { keys: [{ ...keys.privateJwk, alg: 'EdDSA', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    routes: { jwks: '/.well-known/jwks.json' },
    pkce: { required: () => true },
    scopes: ['openid', 'profile', RESOURCE_SCOPE],
    claims: { openid: ['sub'], profile: ['name', 'role', 'org', 'territories'] },
    conformIdTokenClaims: false,
    ttl: { AccessToken: accessTokenTtl, IdToken: accessTokenTtl, Interaction: 600, Session: 43_200, Grant: 43_200 },
    enabledJWA: { idTokenSigningAlgValues: ['EdDSA'] },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: { body: string }, form: string) => {
          ctx.body = page(
            'Déconnexion',
            `<h1>Se déconnecter de Maillage ?</h1>${form}
<p><button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Oui, me déconnecter</button></p>
<script>document.getElementById('op.logoutForm').requestSubmit(document.querySelector('button[name=logout]'))</script>`,
          );
        },
        postLogoutSuccessSource: async (ctx: { body: string }) => {
          ctx.body = page('Déconnecté', '<h1>Vous êtes déconnecté.</h1>');
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async () => ({
          scope: RESOURCE_SCOPE,
          audience: DEV_AUDIENCE,
          accessTokenTTL: accessTokenTtl,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'EdDSA' } },
        }),
      },
    },
    // The claims the gateway reads (user-token.ts): role, org, territories, in every JWT access token.
    extraTokenClaims: async (_ctx: unknown, token: { accountId?: string }) => {
      const viewer = token.accountId ? accountFor(token.accountId) : undefined;
      if (!viewer) return undefined;
      return { role: viewer.role, territories: [...viewer.territories], ...(viewer.organisation ? { org: viewer.organisation } : {}) };
    },
    findAccount: async (_ctx: unknown, id: string) => {
      const viewer = accountFor(id);
      if (!viewer) return undefined;
      return {
        accountId: id,
        claims: async () => ({
          sub: id,
          name: ROLE_LABELS[viewer.role] ?? viewer.role,
          role: viewer.role,
          territories: [...viewer.territories],
          ...(viewer.organisation ? { org: viewer.organisation } : {}),
        }),
      };
    },
    // A first-party client: the demo accounts consent once and for all.
    loadExistingGrant: async (ctx: {
      oidc: { client: { clientId: string }; session: { accountId: string; grantIdFor(id: string): string | undefined }; result?: { consent?: { grantId?: string } }; provider: { Grant: { find(id: string): Promise<unknown>; new (init: object): { addOIDCScope(s: string): void; addResourceScope(r: string, s: string): void; save(): Promise<string> } } } };
    }) => {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId });
      grant.addOIDCScope('openid profile');
      grant.addResourceScope(RESOURCE, RESOURCE_SCOPE);
      await grant.save();
      return grant;
    },
    clientBasedCORS: (_ctx: unknown, origin: string) => portals.includes(origin),
    renderError: async (ctx: { type: string; body: string }, out: { error?: string; error_description?: string }) => {
      ctx.type = 'html';
      ctx.body = page(
        'Erreur',
        `<h1>La connexion n’a pas abouti.</h1><p>${escape(out.error_description ?? out.error ?? 'Erreur inconnue')}</p><p><a href="${escape(portals[0]!)}/">Retour au portail</a></p>`,
      );
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
  });
  provider.on('server_error', (_ctx: unknown, error: Error) => process.stderr.write(`oidc: ${error.message}\n`));
  const callback = provider.callback() as (req: IncomingMessage, res: ServerResponse) => void;

  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string, action: string | undefined) {
    const details = (await provider.interactionDetails(req, res)) as {
      uid: string;
      prompt: { name: string; details: { missingOIDCScope?: string[]; missingOIDCClaims?: string[]; missingResourceScopes?: Record<string, string[]> } };
      params: { client_id: string };
      session?: { accountId: string };
      grantId?: string;
    };
    if (details.uid !== uid) throw new Error('interaction mismatch');
    if (details.prompt.name === 'consent') {
      // A first-party client: what it asks for is granted without a consent screen.
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: details.session?.accountId, clientId: details.params.client_id });
      const missing = details.prompt.details;
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      return;
    }
    if (req.method === 'GET' && action === undefined) {
      const accounts = DEMO_VIEWERS.map(
        (viewer) =>
          `<li><button type="submit" name="account" value="${escape(viewer.subject!)}"><span class="role">${escape(ROLE_LABELS[viewer.role] ?? viewer.role)}</span><span class="note">compte « ${escape(viewer.subject!)} »</span></button></li>`,
      ).join('');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(
        page(
          'Connexion',
          `<h1>Connexion à Maillage</h1><p>Fournisseur d’identité de <strong>développement</strong> : choisissez un compte de démonstration, sans mot de passe.</p>
<form method="post" action="/interaction/${escape(uid)}/login"><ul>${accounts}</ul></form>`,
        ),
      );
      return;
    }
    if (req.method === 'POST' && action === 'login') {
      const form = await readForm(req);
      const accountId = form.get('account') ?? '';
      if (!accountFor(accountId)) {
        res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' }).end(page('Erreur', '<h1>Compte inconnu.</h1>'));
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
      return;
    }
    res.writeHead(404).end();
  }

  const server = createServer((req, res) => {
    const match = /^\/interaction\/([\w-]+)(?:\/(\w+))?$/.exec(req.url ?? '');
    if (match) {
      interaction(req, res, match[1]!, match[2]).catch((error: Error) => {
        if (!res.headersSent) {
          res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
          res.end(page('Erreur', `<h1>La connexion a expiré.</h1><p>Revenez au portail et recommencez.</p><p class="note">${escape(error.message)}</p>`));
        }
      });
      return;
    }
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok","service":"oidc"}');
      return;
    }
    callback(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'EADDRINUSE' ? `port ${port} (development identity provider) is already in use: set AUTH_DEV_ISSUER_PORT` : error.message)),
    );
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop);
  process.stdout.write(`oidc: development identity provider ready on ${issuer} (node ${process.version})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`oidc: ${(error as Error).message}\n`);
  process.exit(1);
});
