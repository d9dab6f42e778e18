import { generateIdentityKeyPair } from '@maillage/subgraph-kit';

/**
 * `npm run keys`: a fresh Ed25519 key pair for a deployment. The gateway keeps the private key; every
 * subgraph, ours and partners', gets the public one.
 */
void generateIdentityKeyPair().then(({ publicJwk, privateJwk }) => {
  process.stdout.write(
    [
      '# gateway only (a secret):',
      `AUTH_INTERNAL_SIGNING_KEY='${JSON.stringify(privateJwk)}'`,
      '# every subgraph:',
      `AUTH_GATEWAY_PUBLIC_KEY='${JSON.stringify(publicJwk)}'`,
      '',
    ].join('\n'),
  );
});
