import { join } from 'node:path';
import { writeAccessTable } from '@maillage/subgraph-kit';
import { accessTableMarkers, renderAccessTable } from './access-table.markdown';

/** Rewrites the access-table section of subgraphs/beneficiaries/README.md from the code (run after changing the table). */
writeAccessTable(join(__dirname, '../../README.md'), renderAccessTable(), accessTableMarkers);
