import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, test } from 'vitest';
import { codegenConfig } from '../../codegen';

/** Like the committed supergraph: the committed typed operations must be what codegen makes of them today. */
describe('generated GraphQL types', () => {
  test('src/app/gql is up to date with schema/supergraph.graphql and src/app/operations (npm run -w portal codegen)', async () => {
    const root = join(__dirname, '../..');
    const previous = process.cwd();
    process.chdir(root);
    try {
      const files = (await generate({ ...codegenConfig, cwd: root }, false)) as { filename: string; content: string }[];
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const committed = readFileSync(join(root, file.filename), 'utf8');
        expect({ file: file.filename, content: committed }).toEqual({ file: file.filename, content: file.content });
      }
    } finally {
      process.chdir(previous);
    }
  });
});
