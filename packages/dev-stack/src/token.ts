import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@maillage/subgraph-kit';
import { loadStackConfig } from './config';
import { createTokenMinter, devIssuerUrl } from './dev-issuer';

/**
 * `npm run token -- --role facilitator --org <organisation> --territory 69 [--territory 38] [--sub id] [--ttl 12h]`
 * mints a development token signed by the local issuer that `npm start` serves.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      org: { type: 'string' },
      territory: { type: 'string', multiple: true, default: [] },
      sub: { type: 'string' },
      ttl: { type: 'string', default: '12h' },
    },
  });
  const role = values.role as Role | undefined;
  if (!role || role === 'public' || !ROLES.includes(role)) {
    throw new Error(`--role must be one of ${ROLES.filter((r) => r !== 'public').join(', ')}`);
  }
  const config = loadStackConfig();
  const minter = await createTokenMinter(config.issuer.keyFile, devIssuerUrl(config.issuer.port));
  const token = await minter.mint(
    { role, subject: values.sub, organisation: values.org, territories: values.territory ?? [] },
    values.ttl,
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`token: ${(error as Error).message}\n`);
  process.exit(1);
});
