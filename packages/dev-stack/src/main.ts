import { loadStackConfig } from './config';
import { DEMO_VIEWERS } from './dev-issuer';
import { startStack } from './stack';

const PRIVATE_QUERY =
  '{ contracts(first: 3) { nodes { reference title buyer { name commune { name } } holder { name insertionStructure { name kind } } } } }';
const PUBLIC_QUERY =
  '{ facilitatorsFor(postalCode: "69100") { place { ... on Commune { name } } facilitators { level facilitator { name email organisation { name } } } } }';

function banner(portalUrl: string, gatewayUrl: string, ideUrl: string, tokens: string[]): string {
  const curl = (query: string, header = '') =>
    `  curl -s ${gatewayUrl} -H 'content-type: application/json'${header} -d '${JSON.stringify({ query })}'`;
  return [
    `Maillage is running. Portal: ${portalUrl}`,
    `  Portal (browser)  ${portalUrl}   sign in with a demo account, or look up a commune's facilitator`,
    `  GraphQL gateway   ${gatewayUrl}`,
    `  GraphQL IDE       ${ideUrl}`,
    '',
    'Who is the facilitator for Villeurbanne? (public: no token)',
    curl(PUBLIC_QUERY),
    '',
    'A query across three subgraphs (contracts, directory, structures), as the demo facilitator:',
    curl(PRIVATE_QUERY, ' -H "authorization: Bearer $TOKEN"'),
    '  with TOKEN set to the facilitator token below.',
    '',
    'Development tokens (12 h; header "Authorization: Bearer <token>"; none = the public caller):',
    ...tokens,
    '  More: npm run token -- --role facilitator --org <organisation> --territory 69',
    '',
    'Press Ctrl-C to stop everything (PostgreSQL included).',
    '',
  ].join('\n');
}

/** `npm start`: the whole federated hub with demo data, on this machine. */
async function main(): Promise<void> {
  const fresh = process.argv.includes('--fresh');
  let config;
  try {
    config = loadStackConfig();
  } catch (error) {
    process.stderr.write(`maillage: ${(error as Error).message}\n`);
    process.exit(1);
  }
  let stopping: Promise<void> | undefined;
  try {
    const stack = await startStack({
      config,
      fresh,
      portal: true,
      onProgress: (message) => process.stdout.write(`• ${message}\n`),
      onLine: (service, line) => process.stdout.write(`[${service}] ${line}\n`),
    });
    const shutdown = () => {
      stopping ??= stack.stop().then(() => {
        process.stdout.write('Maillage stopped.\n');
        process.exit(0);
      });
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
    const tokens = await Promise.all(
      DEMO_VIEWERS.map(async (viewer) => `  ${viewer.role.padEnd(12)} ${await stack.issuer.mint(viewer)}`),
    );
    process.stdout.write('\n' + banner(stack.portalUrl!, stack.gatewayUrl, stack.ideUrl, tokens));
  } catch (error) {
    process.stderr.write(`maillage: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

void main();
