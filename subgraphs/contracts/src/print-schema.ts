import 'reflect-metadata';
import { printSubgraphSdl } from '@maillage/subgraph-kit';
import { contractsSubgraph } from './subgraph';

void contractsSubgraph.buildSchema().then((schema) => process.stdout.write(printSubgraphSdl(schema)));
