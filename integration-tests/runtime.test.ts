import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, freePort, testIdentityKeys } from '@maillage/test-kit';
import { ROOT } from './process-helpers';

/**
 * Node.js 20 reached its end of life on 30 April 2026. Every npm script runs on the Node 24 LTS binary that
 * the `node` devDependency installs and npm puts first on each script's PATH, whatever the machine's own
 * Node is; the processes the stack spawns inherit it through `process.execPath`.
 */
const rootPackage = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};
const major = (version: string) => Number(/^v?(\d+)\./.exec(version)?.[1]);

describe('the runtime', () => {
  test('the jest worker runs on Node 24, the version the lock file pins', () => {
    expect(major(process.versions.node)).toBe(24);
    expect(process.versions.node).toBe(rootPackage.devDependencies.node);
    expect(rootPackage.engines.node).toMatch(/^\^24\./);
  });

  test('a subgraph spawned as `npm start` spawns it reports Node 24 when it is ready', async () => {
    const database = await createTestDatabase('runtime');
    const child = spawn(process.execPath, [join(ROOT, 'subgraphs/contracts/dist/main.js')], {
      env: {
        PATH: process.env.PATH,
        DB_URL: database.url,
        HTTP_PORT: String(await freePort()),
        HTTP_HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        AUTH_GATEWAY_PUBLIC_KEY: JSON.stringify(testIdentityKeys().publicJwk),
      },
    });
    try {
      const ready = await new Promise<{ node: string; msg: string }>((resolve, reject) => {
        let buffer = '';
        child.stdout.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          for (const line of buffer.split('\n')) {
            if (line.includes('subgraph ready')) resolve(JSON.parse(line) as { node: string; msg: string });
          }
        });
        child.on('exit', (code) => reject(new Error(`the subgraph exited with ${code}`)));
      });
      expect(ready.msg).toBe('contracts subgraph ready');
      expect(major(ready.node)).toBe(24);
    } finally {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      await database.drop();
    }
  });

  test('the Docker image is built from a Node 24 image', () => {
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:24-bookworm-slim$/m);
    expect(dockerfile.match(/^FROM \$\{NODE_IMAGE\}/gm)).toHaveLength(2);
  });
});
