import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withAccessTable } from './access-table.markdown';

/** Rewrites the access-table section of subgraphs/beneficiaries/README.md from the code (run after changing the table). */
const readme = join(__dirname, '../../README.md');
writeFileSync(readme, withAccessTable(readFileSync(readme, 'utf8')));
process.stdout.write(`updated ${readme}\n`);
