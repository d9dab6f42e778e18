import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The gateway has no database and no schema of its own: its process must not load MikroORM or
 * type-graphql (nor, through them, reflect-metadata's global registry). A fresh Node process loads the
 * built gateway — every module its entry point reaches — and lists what ended up in `require.cache`.
 */
describe('the gateway process', () => {
  const gateway = join(__dirname, '../dist');
  const script = `
    require(${JSON.stringify(join(gateway, 'index.js'))});
    require(${JSON.stringify(join(gateway, 'server.js'))});
    require('@maillage/service-runtime/tracing');
    process.stdout.write(JSON.stringify(Object.keys(require.cache)));
  `;
  const loaded: string[] = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: join(__dirname, '..'), encoding: 'utf8' }));

  test('loads the gateway’s own modules (the check sees what it should)', () => {
    expect(loaded.some((path) => path.includes(`${join('gateway', 'dist', 'server.js')}`))).toBe(true);
    expect(loaded.some((path) => path.includes(join('node_modules', '@apollo', 'gateway')))).toBe(true);
  });

  test.each(['@mikro-orm', 'type-graphql', 'subgraph-kit', 'class-validator'])('loads nothing from %s', (name) => {
    expect(loaded.filter((path) => path.includes(`${name}`))).toEqual([]);
  });
});
