import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnService } from './process';

/** A service's Node flags go on its command line, before its script (NODE_OPTIONS refuses V8's own flags). */
describe('spawnService', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'spawn-service-'));
    writeFileSync(join(dir, 'flags.js'), 'console.log(JSON.stringify(process.execArgv)); process.disconnect();');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const execArgvOf = async (flags?: string[]) => {
    const lines: string[] = [];
    const service = spawnService('probe', join(dir, 'flags.js'), { PATH: process.env.PATH }, (_, line) => lines.push(line), flags);
    expect(await service.exited).toBe(0);
    return JSON.parse(lines[0]!) as string[];
  };

  test('none by default; the flags given, in order, when asked (a V8 flag NODE_OPTIONS would refuse)', async () => {
    expect(await execArgvOf()).toEqual([]);
    expect(await execArgvOf(['--single-threaded-gc', '--max-semi-space-size=32'])).toEqual(['--single-threaded-gc', '--max-semi-space-size=32']);
  });
});
