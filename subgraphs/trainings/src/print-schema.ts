import 'reflect-metadata';
import { printSubgraphSdl } from '@maillage/subgraph-kit';
import { trainingsSubgraph } from './subgraph';

/** Prints this subgraph's SDL (what `schema:check` and `schema:publish` take with `--schema`). */
void trainingsSubgraph.buildSchema().then((schema) => process.stdout.write(printSubgraphSdl(schema)));
