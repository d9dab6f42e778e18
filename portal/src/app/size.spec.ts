import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error a plain ES module script without types (also run alone: npm run -w portal size)
import { BUDGET_GZIP_BYTES, initialJavaScript } from '../../scripts/size.mjs';

describe('bundle size', () => {
  test('the initial JavaScript stays within 200 KB gzip (after npm run build)', () => {
    const publicDir = join(__dirname, '../../dist/public');
    expect(existsSync(join(publicDir, 'index.html')), 'build the portal first: npm run build').toBe(true);
    const files = initialJavaScript(publicDir) as { file: string; gzip: number }[];
    const total = files.reduce((sum, file) => sum + file.gzip, 0);
    process.stdout.write(`portal initial JavaScript: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET_GZIP_BYTES / 1024} KB)\n`);
    expect(files.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });
});
