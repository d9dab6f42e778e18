// Prints the portal's initial JavaScript (what index.html loads before any lazy page), raw and gzip, and fails
// above the budget: 200 KB gzip. Run after the build: `npm run -w portal size` (also checked by the tests).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_GZIP_BYTES = 200 * 1024;

export function initialJavaScript(publicDir) {
  const html = readFileSync(join(publicDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]);
  return [...new Set(files)].map((file) => {
    const content = readFileSync(join(publicDir, file));
    return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const publicDir = join(dirname(fileURLToPath(import.meta.url)), '../dist/public');
  const files = initialJavaScript(publicDir);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const { file, raw, gzip } of files) process.stdout.write(`${file}  ${kb(raw)} raw  ${kb(gzip)} gzip\n`);
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  process.stdout.write(`initial JavaScript: ${kb(total)} gzip (budget ${kb(BUDGET_GZIP_BYTES)})\n`);
  if (total > BUDGET_GZIP_BYTES) process.exit(1);
}
