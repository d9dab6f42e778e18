import 'reflect-metadata';
import { printSubgraphSdl } from '@maillage/subgraph-kit';
import { {{nameCamel}}Subgraph } from './subgraph';

/** Prints this subgraph's SDL (what `schema:check` and `schema:publish` take with `--schema`). */
void {{nameCamel}}Subgraph.buildSchema().then((schema) => process.stdout.write(printSubgraphSdl(schema)));
