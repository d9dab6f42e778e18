import 'reflect-metadata';
import { printSubgraphSdl } from '@maillage/subgraph-kit';
import { structuresSubgraph } from './subgraph';

void structuresSubgraph.buildSchema().then((schema) => process.stdout.write(printSubgraphSdl(schema)));
