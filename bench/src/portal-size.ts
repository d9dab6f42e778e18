import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from '@maillage/dev-stack';

interface SizeScript {
  BUDGET_GZIP_BYTES: number;
  initialJavaScript(publicDir: string): { file: string; raw: number; gzip: number }[];
}

/**
 * The portal's initial JavaScript (what `index.html` loads before any lazy page), measured by the portal's
 * own script (`portal/scripts/size.mjs`, an ES module Node 24 loads with `require`), so that the bench and
 * `npm run -w portal size` can never disagree. Undefined when the portal has not been built.
 */
export function portalBundleLine(): string | undefined {
  const publicDir = join(ROOT_DIR, 'portal/dist/public');
  if (!existsSync(join(publicDir, 'index.html'))) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const script = require(join(ROOT_DIR, 'portal/scripts/size.mjs')) as SizeScript;
  const files = script.initialJavaScript(publicDir);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const gzip = files.reduce((sum, f) => sum + f.gzip, 0);
  const raw = files.reduce((sum, f) => sum + f.raw, 0);
  return `Portal: initial JavaScript ${kb(gzip)} gzip (${kb(raw)} raw, ${files.length} files; budget ${kb(script.BUDGET_GZIP_BYTES)} gzip).`;
}
