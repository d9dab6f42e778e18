import { join } from 'node:path';
import { renderAccessTable, writeAccessTable } from '@maillage/subgraph-kit';
import { ACCESS_TABLE, accessTableMarkers } from './access-table';

/** Rewrites the access-table section of this subgraph's README from the code (run after changing the table). */
writeAccessTable(join(__dirname, '../../README.md'), renderAccessTable(ACCESS_TABLE, accessTableMarkers), accessTableMarkers);
