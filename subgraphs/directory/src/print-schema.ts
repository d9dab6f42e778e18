import 'reflect-metadata';
import { printSubgraphSdl } from '@maillage/subgraph-kit';
import { directorySubgraph } from './subgraph';

void directorySubgraph.buildSchema().then((schema) => process.stdout.write(printSubgraphSdl(schema)));
