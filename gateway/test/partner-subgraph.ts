import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createIdentityVerifier, type IdentityVerifier } from '@maillage/access';
import { freePort } from '@maillage/test-kit';
import { graphql, parse } from 'graphql';

const SCHEMA_DIR = join(__dirname, '../../schema');
const OUR_SUBGRAPHS = ['contracts', 'structures', 'beneficiaries', 'directory'];

/** A partner's small subgraph: one field of its own, added to the graph by a new supergraph. */
const PARTNER_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
type Query {
  "Message du partenaire (sous-graphe de test)."
  partnerNotice: String
}
`;

export const PARTNER_NAME = 'bulletin';

export interface PartnerSubgraph {
  url: string;
  /** Calls whose internal identity verified with the gateway's published keys, and calls refused. */
  verifiedCalls: number;
  refusedCalls: number;
  /** Connections open to it now (it never closes an idle one itself: only its clients do). */
  connections(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The partner's subgraph as a small HTTP server (no database, no kit): it verifies every call's internal
 * identity against the gateway's JWKS, as a partner on another host would, and answers `partnerNotice`.
 */
export async function startPartnerSubgraph(gatewayJwksUrl: string): Promise<PartnerSubgraph> {
  const schema = buildSubgraphSchema({ typeDefs: parse(PARTNER_SDL), resolvers: { Query: { partnerNotice: () => 'bonjour du partenaire' } } });
  const identity: IdentityVerifier = await createIdentityVerifier({ jwksUrl: gatewayJwksUrl, cooldownMs: 0 }, PARTNER_NAME);
  const port = await freePort();
  const partner = { url: `http://127.0.0.1:${port}/graphql`, verifiedCalls: 0, refusedCalls: 0 } as PartnerSubgraph;
  const server: Server = createServer((req, res) => {
    if (req.url === '/health') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const viewer = await identity.verify(req.headers.authorization).catch(() => null);
        if (!viewer) {
          partner.refusedCalls += 1;
          return void res.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"message":"no identity"}]}');
        }
        partner.verifiedCalls += 1;
        const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown> };
        const result = await graphql({ schema, source: query, variableValues: variables });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      })();
    });
  });
  // Idle connections stay open until the client closes them, so a test sees whether the gateway does.
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  partner.connections = () => new Promise((resolve, reject) => server.getConnections((error, count) => (error ? reject(error) : resolve(count))));
  partner.stop = async () => {
    identity.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return partner;
}

/** Our four subgraphs' committed SDL, with the partner's when `partnerUrl` is given, composed. */
export function composeWithPartner(partnerUrl?: string): string {
  const services = OUR_SUBGRAPHS.map((name) => ({
    name,
    url: `http://localhost:4000/${name}`,
    typeDefs: parse(readFileSync(join(SCHEMA_DIR, `${name}.graphql`), 'utf8')),
  }));
  if (partnerUrl) services.push({ name: PARTNER_NAME, url: partnerUrl, typeDefs: parse(PARTNER_SDL) });
  const result = composeServices(services);
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.supergraphSdl;
}

/** Polls `probe` until `accept` holds (at most `tries` times, `pauseMs` apart); returns the last value. */
export async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, tries = 100, pauseMs = 100): Promise<T> {
  let value = await probe();
  for (let i = 1; i < tries && !accept(value); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    value = await probe();
  }
  return value;
}
