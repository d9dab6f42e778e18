import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway';

/**
 * `@graphql-hive/gateway` over the same supergraph file, in its own process. Subgraphs trust only an internal
 * identity signed by the hub's key, which this process never holds: the bench process sends it fresh signed
 * tokens per subgraph over IPC (every 20 s; they live 60 s) and a plugin sets them on each subgraph fetch, with
 * the subgraph's real URL.
 */
const urls = JSON.parse(process.env.HIVE_SUBGRAPHS ?? '{}') as Record<string, string>;
const byDefaultPort: Record<string, string> = { '4001': 'contracts', '4002': 'structures', '4003': 'beneficiaries', '4004': 'directory' };
let tokens: Record<string, string> = {};

process.on('message', (message: { tokens?: Record<string, string> }) => {
  if (message.tokens) tokens = message.tokens;
});
process.on('disconnect', () => process.exit(0));

const gateway = createGatewayRuntime({
  supergraph: process.env.HIVE_SUPERGRAPH!,
  logging: 'error',
  // In-flight deduplication of identical subgraph requests (on by default in Hive): the bench sets it like ours.
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: process.env.HIVE_DEDUP !== 'false' } } },
  plugins: () => [
    {
      onFetch({ url, options, setURL, setOptions }) {
        const name = byDefaultPort[new URL(url).port];
        if (!name) return;
        setURL(urls[name]!);
        setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), authorization: `Bearer ${tokens[name]}` } });
      },
    },
  ],
});

const server = createServer(gateway);
server.listen(Number(process.env.HIVE_PORT), '127.0.0.1', () => process.send?.({ listening: true }));
